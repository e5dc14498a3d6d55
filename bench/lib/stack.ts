// Starts a built page (the app's dist or the naive baseline's) on Vite preview with its own mock OctoPrint.
import { preview } from 'vite';

export interface MockConfig {
  speed?: number;
  tools?: number;
  seed?: number;
  /** Further startMock options, e.g. scenarios to run at start. */
  args?: Record<string, unknown>;
}

export interface BenchStack {
  baseURL: string;
  scenario(name: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  truth(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startStack(configFile: string, mock: MockConfig = {}): Promise<BenchStack> {
  // The mock's Vite plugin reads these when the preview server is configured (mock/vite-plugin.ts).
  Object.assign(process.env, {
    MOCK_PORT: '0',
    MOCK_SPEED: String(mock.speed ?? 1),
    MOCK_TOOLS: String(mock.tools ?? 2),
    MOCK_SEED: String(mock.seed ?? 1),
    // The webcam is off: the mock's fake MJPEG camera would add image decoding to every frame, which is not the
    // data path these rows measure (a real camera's cost depends on the camera, not on this dashboard).
    MOCK_ARGS: JSON.stringify({ settings: { webcamEnabled: false }, ...mock.args }),
  });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  const baseURL = url.replace(/\/$/, '');
  const post = async (name: string, params: Record<string, unknown> = {}) => {
    const res = await fetch(`${baseURL}/mock/scenario`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, ...params }),
    });
    const body = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`scenario ${name}: ${res.status} ${JSON.stringify(body)}`);
    return (body.result ?? {}) as Record<string, unknown>;
  };
  return {
    baseURL,
    scenario: post,
    truth: async () => (await (await fetch(`${baseURL}/mock/truth`)).json()) as Record<string, unknown>,
    close: () => server.close(),
  };
}
