import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { immediateScheduler } from '../octoprint/frame-scheduler.ts';
import { SNAPSHOT } from '../octoprint/testing/harness.ts';
import { startPushServer, until, type PushServer } from '../octoprint/testing/push-server.ts';
import { createFarmBatch } from './farm-batch.ts';
import { connectFarmPrinter, STATE_OFF, STATE_ON, type FarmConnection } from './farm-connection.ts';

let server: PushServer;
let conn: FarmConnection | null = null;

beforeEach(async () => {
  server = await startPushServer();
});

afterEach(async () => {
  conn?.dispose();
  conn = null;
  await server.close();
});

const printing = {
  text: 'Printing',
  flags: { operational: true, printing: true, ready: false },
  error: '',
};
const point = (time: number, tool: number) => ({
  time,
  tool0: { actual: tool, target: 210 },
  bed: { actual: 60, target: 60 },
});
const snapshot = (temps: ReturnType<typeof point>[], state = printing) => ({
  ...SNAPSHOT,
  state,
  job: { file: { name: 'cube.gcode', display: 'cube.gcode' } },
  progress: { completion: 40, printTimeLeft: 600 },
  temps,
});

/** The subscriptions the client sent, in order. */
const subscriptions = () =>
  server
    .latest()
    .received.filter((m) => 'subscribe' in m)
    .map((m) => m.subscribe);

async function live(): Promise<FarmConnection> {
  const c = connectFarmPrinter({
    baseUrl: server.url,
    apiKey: 'KEY',
    scheduler: createFarmBatch(immediateScheduler, 0),
    slot: 0,
    transports: ['websocket'],
  });
  conn = c;
  c.start();
  await until(() => server.connections.length > 0 && server.latest().received.some((m) => 'auth' in m), 'auth');
  server.latest().send({ history: snapshot([point(100, 200), point(102, 201)]) });
  await until(() => c.store.getState().link === 'ready', 'ready');
  return c;
}

describe('farm connection: state off out of view, events on', () => {
  it('opens with state on, and turns it off and on again only on a live link', async () => {
    const c = await live();
    expect(subscriptions()).toEqual([STATE_ON]);
    c.setStateOn(false);
    c.setStateOn(false);
    await until(() => subscriptions().length >= 2, 'state off');
    expect(subscriptions()).toEqual([STATE_ON, STATE_OFF]);
    expect(STATE_OFF).not.toHaveProperty('state');
    expect(c.stateOn).toBe(false);
    c.setStateOn(true);
    await until(() => subscriptions().length >= 3, 'state on');
    expect(subscriptions()).toEqual([STATE_ON, STATE_OFF, STATE_ON]);
  });

  it('while state is off, events move the card: an error sorts it first, with the error and no heaters', async () => {
    const c = await live();
    expect(c.store.getState().kind).toBe('printing');
    c.setStateOn(false);
    const send = (type: string, payload: Record<string, unknown> | null) =>
      server.latest().send({ event: { type, payload } });
    send('PrinterStateChanged', { state_id: 'ERROR', state_string: 'Error' });
    send('Error', { error: 'Thermal Runaway', reason: 'firmware' });
    send('PrintFailed', { name: 'cube.gcode', reason: 'error' });
    send('FileDeselected', null);
    send('Disconnected', null);
    send('PrinterStateChanged', { state_id: 'OFFLINE', state_string: 'Offline' });
    await until(() => c.store.getState().stateText === 'Offline after error', 'offline after error');
    expect(c.store.getState()).toMatchObject({ kind: 'error', error: 'Thermal Runaway', heaters: [], file: null });
  });

  it('with state on, a print end moves the card at once, and the Finishing current after it does not undo it', async () => {
    const c = await live();
    const finishing = {
      text: 'Finishing',
      flags: { operational: true, printing: true, ready: false, finishing: true },
      error: '',
    };
    server.latest().send({ event: { type: 'PrintDone', payload: { name: 'cube.gcode' } } });
    await until(() => c.store.getState().kind === 'finished', 'finished from the event');
    server.latest().send({ current: { ...snapshot([point(104, 202)], finishing), progress: { completion: 100 } } });
    await until(() => c.store.getState().heaters[0]?.actual === 202, 'the current');
    expect(c.store.getState()).toMatchObject({ kind: 'finished', completion: 100 });
  });

  it('turned on again, its history resyncs the card and the sparkline with no gap and no doubles', async () => {
    const c = await live();
    c.setStateOn(false);
    c.setStateOn(true);
    // The server's history holds the whole time state was off; the first current repeats that backlog.
    const history = Array.from({ length: 30 }, (_, i) => point(100 + i * 2, 200 + i));
    server.latest().send({ history: snapshot(history) });
    server.latest().send({ current: snapshot([...history.slice(2), point(160, 240)]) });
    await until(() => c.store.getState().heaters[0]?.actual === 240, 'the current');
    const times = Array.from({ length: c.spark.length }, (_, i) => c.spark.time[c.spark.at(i)]);
    expect(times).toEqual([...history.map((p) => p.time), 160]);
    expect(c.store.getState().heaters[0]).toMatchObject({ id: 'tool0', actual: 240 });
  });

  it('a reconnect opens with state on again (its history makes it live), then turns it off for a card still away', async () => {
    const c = await live();
    c.setStateOn(false);
    server.latest().close(1011, 'server restart');
    await until(() => server.connections.length === 2 && server.latest().received.some((m) => 'auth' in m), 'auth 2');
    expect(subscriptions()).toEqual([STATE_ON]);
    server.latest().send({ history: snapshot([point(200, 190)]) });
    await until(() => subscriptions().length === 2, 'state off again');
    expect(subscriptions()).toEqual([STATE_ON, STATE_OFF]);
    expect(c.store.getState().link).toBe('ready');
  });
});
