// The built app's Content-Security-Policy: a <meta> tag in the built index.html and the same header from `vite preview`.
// Scripts and styles only from the app's own origin (no inline script, no eval); fetch, XHR and WebSocket may reach the
// page's origin and any OctoPrint address the user types on the connect screen (direct mode is cross-origin).
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  // OctoPrint's webcam stream and snapshots often live on another host or port (mjpg-streamer on :8080).
  'img-src': "'self' data: blob: http: https:",
  'font-src': "'self'",
  'connect-src': "'self' http: https: ws: wss:",
  'worker-src': "'self'",
  'frame-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export function cspString(extra: Record<string, string> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/**
 * Build only: the dev server needs inline scripts (React Fast Refresh's preamble), so `vite` (dev) stays without it.
 * frame-ancestors is ignored in a <meta> tag, so only the preview header carries it.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (ctx.server) return [];
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: cspString() },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    configurePreviewServer(server) {
      const header = cspString({ 'frame-ancestors': "'self'" });
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', header);
        next();
      });
    },
  };
}
