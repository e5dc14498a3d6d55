// Vite config: React, and the OctoPrint proxy (to the bundled mock, or to OCTOPRINT_URL) for dev and preview.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { octoprintProxy } from './mock/vite-plugin.ts';
import { compileMessages } from './scripts/compile-messages.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

export default defineConfig({
  // BASE_PATH serves the dashboard under a sub-path, e.g. beside OctoPrint on the same host (README: way 3).
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), octoprintProxy(), contentSecurityPolicy(), compileMessages()],
  // sockjs-client's CommonJS source reads Node's `global`.
  define: { global: 'globalThis' },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: false },
  build: { target: 'es2022', sourcemap: true },
});
