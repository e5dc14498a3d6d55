// Vitest: unit and component tests beside the code (src/, mock/); Playwright specs in e2e/ are not Vitest's.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { global: 'globalThis' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mock/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 15_000,
    // The mock's and the real server's tests use real sockets and timers on a shared 2-core CI machine; one retry,
    // as Playwright has, keeps a late timer from failing a run while a real fault still fails twice.
    retry: 1,
    coverage: {
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.*', 'src/**/testing/**'],
      // The protocol layer is the dashboard's reliability: `npm test` fails below 90 % of its lines.
      thresholds: { 'src/octoprint/**': { lines: 90 } },
    },
  },
});
