// Vite config for the naive baseline page (bench only): same proxy and mock as the app, its own output folder.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { octoprintProxy } from '../../mock/vite-plugin.ts';
import { NAIVE_DIST } from '../lib/paths.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), octoprintProxy()],
  define: { global: 'globalThis' },
  build: { target: 'es2022', outDir: NAIVE_DIST, emptyOutDir: true },
});
