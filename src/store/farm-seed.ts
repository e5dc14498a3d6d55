// `npm run dev` with MOCK_PRINTERS=N: the mock farm's printers, handed over by the Vite plugin, saved on first load.
import { serverId, type ServersStore } from './servers-store.ts';

/** `json`: the plugin's list of {name, url, apiKey}; anything else (a production build has none) is ignored. */
export function seedFarmServers(servers: ServersStore, json: unknown): number {
  if (typeof json !== 'string' || json === '') return 0;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return 0;
  }
  if (!Array.isArray(raw)) return 0;
  const list = raw.flatMap((o: unknown) => {
    const r = (typeof o === 'object' && o !== null ? o : {}) as Record<string, unknown>;
    if (typeof r.url !== 'string' || typeof r.apiKey !== 'string') return [];
    return [
      {
        id: serverId(r.url),
        name: typeof r.name === 'string' ? r.name : r.url,
        url: r.url,
        apiKey: r.apiKey,
        remember: true,
      },
    ];
  });
  return servers.addMany(list);
}
