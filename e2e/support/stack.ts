// Starts the built app on a Vite preview server; by default its plugin runs a private mock OctoPrint behind a proxy.
import { build, preview, type PreviewServer } from 'vite';

export interface Stack {
  baseURL: string;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Environment for the Vite plugin while the server starts (OCTOPRINT_PROXY, OCTOPRINT_URL, MOCK_*...). */
  env?: Record<string, string>;
  /** Serve under a sub-path: builds a separate bundle with that base first. */
  basePath?: string;
  /** Serve this already built folder instead of dist (a copy a test may change, as a new build would). */
  outDir?: string;
}

async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

export async function startStack(opts: StackOptions | Record<string, string> = {}): Promise<Stack> {
  const o: StackOptions =
    'env' in opts || 'basePath' in opts || 'outDir' in opts
      ? (opts as StackOptions)
      : { env: opts as Record<string, string> };
  const base = o.basePath ?? '/';
  const outDir = o.outDir ?? (base === '/' ? 'dist' : `test-results/dist-${base.replace(/\W+/g, '')}`);
  if (base !== '/')
    await build({ configFile: 'vite.config.ts', base, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await withEnv({ MOCK_PORT: '0', ...o.env }, () =>
    preview({
      configFile: 'vite.config.ts',
      base,
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    }),
  );
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return {
    baseURL: url.replace(/\/$/, ''),
    close: () => server.close(),
  };
}
