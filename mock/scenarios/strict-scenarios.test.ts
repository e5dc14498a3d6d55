// Scenarios and REST that the strict rules add: settings saves, restarts, clock steps and timelapse renders.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, RawClient, until, type Harness } from '../test-support.ts';

let h: Harness;
beforeEach(async () => {
  h = await harness({ speed: 5 });
});
afterEach(async () => {
  await h.mock.close();
});

type Current = { serverTime: number; temps: { time: number }[]; markings: { type: string; time: number }[] };

describe('strict scenarios', () => {
  it('fires SettingsUpdated with the new config_hash on a save that changes something, and connected carries it', async () => {
    const c = await h.authedClient();
    const old = (c.of('connected')[0] as { config_hash: string }).config_hash;
    await h.api('/api/settings', { json: { appearance: { name: 'Shop' } } });
    await until(() => c.events().some((e) => e.type === 'SettingsUpdated'));
    const payload = c.events().find((e) => e.type === 'SettingsUpdated')?.payload as {
      config_hash: string;
      effective_hash: string;
    };
    expect(payload.config_hash).not.toBe(old);
    expect(payload.effective_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(((await (await h.api('/api/settings')).json()) as { appearance: { name: string } }).appearance.name).toBe(
      'Shop',
    );
    await h.api('/api/settings', { json: { appearance: { name: 'Shop' } } });
    const d = new RawClient(h.mock.url);
    await until(() => d.of('connected').length > 0);
    expect((d.of('connected')[0] as { config_hash: string }).config_hash).toBe(payload.config_hash);
    expect(c.events().filter((e) => e.type === 'SettingsUpdated')).toHaveLength(1);
    expect((await h.api('/api/settings', { key: `${h.mock.apiKey}-operator`, json: {} })).status).toBe(403);
    c.close();
    d.close();
  });

  it('starts temperatures, markings and the printer afresh after a restart (the print is gone)', async () => {
    await h.scenario('print', { seconds: 60 });
    await new Promise((r) => setTimeout(r, 1200));
    await h.scenario('restart');
    const c = await h.authedClient();
    const hist = c.of('history')[0] as {
      temps: unknown[];
      markings: { type: string }[];
      state: { text: string };
      job: { file: { name: string | null } };
    };
    expect(hist.markings.map((m) => m.type)).toEqual(['connected']);
    // The print died with the old process.
    expect(hist.state.text).toBe('Operational');
    expect(hist.job.file.name).toBeNull();
    expect(hist.temps.length).toBeLessThanOrEqual(2);
    c.close();
  });

  it('steps the server clock back and forward: serverTime, temperature times and markings follow, points keep coming', async () => {
    const c = await h.authedClient();
    await until(() => c.of('current').length > 0);
    const before = (c.of('current').at(-1) as Current).serverTime;
    await h.scenario('clock-step', { seconds: -3600 });
    const n = c.of('current').length;
    await until(() =>
      c
        .of('current')
        .slice(n)
        .some((m) => (m as Current).temps.length > 0),
    );
    const after = c
      .of('current')
      .slice(n)
      .find((m) => (m as Current).temps.length > 0) as Current;
    expect(after.serverTime).toBeLessThan(before - 3000);
    expect(after.temps[0]?.time).toBeLessThan(before - 3000);
    await h.scenario('clock-step', { seconds: 7200 });
    await h.api('/api/connection', { json: { command: 'disconnect' } });
    await until(() => c.of('current').some((m) => (m as Current).markings.some((k) => k.type === 'disconnected')));
    const mark = (c.of('current').at(-1) as Current).markings.find((k) => k.type === 'disconnected');
    expect(mark?.time).toBeGreaterThan(before + 3000);
    c.close();
  });

  it('renders a timelapse: MovieRendering, renderProgress, then MovieDone or MovieFailed; a new socket learns of a render', async () => {
    const c = await h.authedClient();
    await h.scenario('timelapse', { type: 'timed', interval: 5 });
    await until(() => c.of('timelapse').length === 2);
    expect(c.of('timelapse')).toEqual([null, { type: 'timed', options: { interval: 5 } }]);
    await h.scenario('timelapse-render', { gcode: 'benchy.gcode', seconds: 2 });
    const d = await h.authedClient();
    expect(d.events().map((e) => e.type)).toContain('MovieRendering');
    await until(() => c.events().some((e) => e.type === 'MovieDone'));
    const done = c.events().find((e) => e.type === 'MovieDone')?.payload as Record<string, string>;
    expect(Object.keys(done).sort()).toEqual(['gcode', 'movie', 'movie_basename', 'movie_prefix']);
    expect(done.movie_basename).toBe(`${done.movie_prefix}.mp4`);
    expect(c.of('renderProgress').length).toBeGreaterThan(1);
    await h.scenario('timelapse-render', { seconds: 0.5, fail: true });
    await until(() => c.events().some((e) => e.type === 'MovieFailed'));
    const failed = c.events().find((e) => e.type === 'MovieFailed')?.payload as Record<string, unknown>;
    expect(failed).toMatchObject({ returncode: 1, reason: 'returncode' });
    c.close();
    d.close();
  });
});
