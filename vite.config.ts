// Vite config: React, and the OctoPrint proxy (to the bundled mock, or to OCTOPRINT_URL) for dev and preview.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { octoprintProxy } from './mock/vite-plugin.ts';
import { compileMessages } from './scripts/compile-messages.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

// BASE_PATH serves the dashboard under a sub-path, e.g. beside OctoPrint on the same host (README: way 3).
const base = process.env.BASE_PATH ?? '/';
const escaped = base.replace(/\/?$/, '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The service worker caches the built app shell (precache, by content hash) and nothing else: OctoPrint's API, its
 * socket, plugins and the mock's control routes always go to the network, and are never answered with the shell.
 * A new build waits until the page accepts it (src/app/register-sw.ts); the manifest is public/manifest.webmanifest.
 */
const serviceWorker = VitePWA({
  injectRegister: false,
  registerType: 'prompt',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: `${base.replace(/\/?$/, '/')}index.html`,
    navigateFallbackDenylist: [new RegExp(`^${escaped}(api|sockjs|plugin|mock|downloads|static|login|logout)(/|$)`)],
    cleanupOutdatedCaches: true,
    runtimeCaching: [],
  },
});

export default defineConfig({
  base,
  plugins: [react(), octoprintProxy(), contentSecurityPolicy(), compileMessages(), serviceWorker],
  // sockjs-client's CommonJS source reads Node's `global`.
  define: { global: 'globalThis' },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: false },
  build: { target: 'es2022', sourcemap: true },
});
