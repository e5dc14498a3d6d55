// The mock farm: N servers, each with its own name, colour, key and state.
import { afterAll, describe, expect, it } from 'vitest';
import { startFarm, type Farm } from './farm.ts';

let farm: Farm | null = null;
afterAll(() => farm?.close());

const get = async (url: string, key: string) => fetch(url, { headers: { 'X-Api-Key': key } });

describe('startFarm', () => {
  it('starts printers in their roles, with their own names, colours and keys', async () => {
    farm = await startFarm({ count: 7, port: 0, printSeconds: 600 });
    const ports = new Set(farm.printers.map((p) => p.mock.port));
    expect(ports.size).toBe(7);
    const states = await Promise.all(
      farm.printers.map(
        async (p) => ((await (await fetch(`${p.mock.url}/mock/truth`)).json()) as { state: string }).state,
      ),
    );
    // The pause takes the printer 0.45 s (Pausing, then Paused).
    expect(states.map((s) => s.replace('Pausing', 'Paused'))).toEqual([
      'Printing',
      'Paused',
      'Offline',
      'Offline after error',
      'Operational',
      'Printing',
      'Operational',
    ]);
    const [first, , , , refused] = farm.printers;
    if (!first || !refused) throw new Error('missing printers');
    expect((await get(`${refused.mock.url}/api/job`, refused.apiKey)).status).toBe(403);
    const settings = (await (await get(`${first.mock.url}/api/settings`, first.apiKey)).json()) as {
      appearance: { name: string; color: string };
    };
    expect(settings.appearance).toMatchObject({ name: first.name, color: first.color });
    expect(new Set(farm.printers.map((p) => p.apiKey)).size).toBe(7);
  });
});
