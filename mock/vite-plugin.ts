// Vite plugin: proxies /api, /sockjs (HTTP and WebSocket), /plugin, /downloads and /mock to OctoPrint.
// Without OCTOPRINT_URL it starts the bundled mock in-process, so one command (and one Ctrl-C) runs both.
import type { Plugin, ProxyOptions } from 'vite';
import { startMock, type MockOptions, type MockServer } from './server.ts';

export interface ProxyPluginOptions {
  /** Options for the bundled mock; ignored when OCTOPRINT_URL is set. */
  mock?: Partial<MockOptions>;
}

const PATHS = ['/api', '/sockjs', '/plugin', '/downloads', '/webcam', '/mock'];

function proxyTable(target: string, apiKey: string | null): Record<string, ProxyOptions> {
  const table: Record<string, ProxyOptions> = {};
  for (const path of PATHS) {
    table[path] = {
      target,
      ws: path === '/sockjs',
      changeOrigin: true,
      configure(proxy) {
        if (!apiKey) return;
        // The key is added here, server side, so it never reaches the browser, a URL or a log.
        proxy.on('proxyReq', (req) => {
          if (!req.getHeader('x-api-key')) req.setHeader('X-Api-Key', apiKey);
        });
        proxy.on('proxyReqWs', (req) => {
          if (!req.getHeader('x-api-key')) req.setHeader('X-Api-Key', apiKey);
        });
      },
    };
  }
  return table;
}

/**
 * Mock options from the environment: MOCK_PORT, MOCK_SPEED, MOCK_SEED, MOCK_TOOLS, MOCK_VERSION, and MOCK_ARGS,
 * a JSON object of further startMock options, e.g. {"scenarios":[{"name":"print","seconds":60}]}.
 */
export function mockEnv(env: NodeJS.ProcessEnv = process.env): Partial<MockOptions> {
  const o: Partial<MockOptions> = { port: Number(env.MOCK_PORT ?? 0), speed: Number(env.MOCK_SPEED ?? 1) };
  if (env.MOCK_SEED) o.seed = Number(env.MOCK_SEED);
  if (env.MOCK_TOOLS) o.tools = Number(env.MOCK_TOOLS);
  if (env.MOCK_VERSION) o.version = env.MOCK_VERSION;
  if (env.MOCK_ARGS) Object.assign(o, JSON.parse(env.MOCK_ARGS) as Partial<MockOptions>);
  return o;
}

export function octoprintProxy(options: ProxyPluginOptions = {}): Plugin {
  let mock: MockServer | null = null;
  return {
    name: 'octoprint-proxy',
    async config(_config, env) {
      // OCTOPRINT_PROXY=off serves the app alone: it then connects directly to a URL entered on its connect screen.
      if (env.command !== 'serve' || process.env.VITEST || process.env.OCTOPRINT_PROXY === 'off') return {};
      const external = process.env.OCTOPRINT_URL;
      let target: string;
      let apiKey: string | null;
      if (external) {
        target = external.replace(/\/$/, '');
        apiKey = process.env.OCTOPRINT_API_KEY ?? null;
        console.log(`\n  OctoPrint: proxying to ${target}${apiKey ? ' (API key from OCTOPRINT_API_KEY)' : ''}`);
      } else {
        mock = await startMock({ ...mockEnv(), ...options.mock });
        target = mock.url;
        apiKey = mock.apiKey;
        console.log(`\n  Mock OctoPrint ${mock.state.identity.version}: ${mock.url}  (API key ${mock.apiKey}, added by the proxy)`);
      }
      const proxy = proxyTable(target, apiKey);
      return { server: { proxy }, preview: { proxy } };
    },
    configureServer(server) {
      server.httpServer?.on('close', () => void mock?.close());
    },
    configurePreviewServer(server) {
      server.httpServer.on('close', () => void mock?.close());
    },
  };
}
