// Starts the built app on a Vite preview server whose plugin runs a private mock OctoPrint, one per worker.
import { preview, type PreviewServer } from 'vite';

export interface Stack {
  baseURL: string;
  close(): Promise<void>;
}

export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  Object.assign(process.env, { MOCK_PORT: '0', ...env });
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return {
    baseURL: url.replace(/\/$/, ''),
    close: () => server.close(),
  };
}
