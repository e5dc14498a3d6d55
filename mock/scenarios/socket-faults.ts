// Push-socket faults: drop, restart, blackhole, flood, malformed, huge, unknown-types and reauth.
import { restartProcess } from '../printer/connection.ts';
import type { MockServer } from '../server.ts';
import { num, optStr, str, type Params } from './params.ts';

const authed = (mock: MockServer) => [...mock.state.pushSessions].filter((s) => s.authedUser);

function drop(mock: MockServer): { closed: number } {
  const all = [...mock.state.pushSessions];
  for (const s of all) s.kick();
  return { closed: all.length };
}

/** Invalid messages of many kinds: broken JSON, non-objects, known types with wrong shapes and types. */
export const MALFORMED: string[] = [
  'not json {',
  '"a bare string"',
  '42',
  'null',
  '[1,2,3]',
  '{}',
  '{"current": null}',
  '{"current": "text"}',
  '{"current": {"state": 5, "temps": "hot", "logs": null, "messages": 7}}',
  '{"current": {"temps": [{"time": "soon", "tool0": "x"}, null, 7, {"tool0": {"actual": "hot", "target": null}}]}}',
  '{"current": {"state": {"text": null, "flags": "none"}, "progress": {"completion": "lots"}, "job": []}}',
  '{"history": {"temps": {"not": "an array"}, "logs": "x"}}',
  '{"event": {"type": 7, "payload": "x"}}',
  '{"event": null}',
  '{"plugin": {"plugin": null, "data": 1}}',
  '{"reauthRequired": "yes"}',
  '{"throttle": "fast"}',
  '{"current": {"temps": [{"time": -1e308, "bed": {"actual": 1e308, "target": -0}}]}}',
];

export function socketFault(mock: MockServer, name: string, p: Params): unknown {
  const { state } = mock;
  switch (name) {
    case 'drop': {
      // A network outage: the server keeps running (and recording temperatures) but cannot be reached for downMs.
      const downMs = num(p, 'downMs', 0, 0, 600_000);
      state.downUntil = downMs ? Date.now() + downMs : 0;
      return { ...drop(mock), downMs };
    }
    case 'restart': {
      const downMs = num(p, 'downMs', 0, 0, 600_000);
      const version = optStr(p, 'version');
      const pluginHash = optStr(p, 'pluginHash');
      const configHash = optStr(p, 'configHash');
      state.downUntil = downMs ? Date.now() + downMs : 0;
      const { closed } = drop(mock);
      state.sessions.clear();
      restartProcess(mock.printer);
      if (version) state.identity.version = version;
      if (pluginHash) state.identity.pluginHash = pluginHash;
      if (configHash) state.identity.configHash = configHash;
      return { closed, downMs, identity: state.identity };
    }
    case 'blackhole': {
      const ms = num(p, 'ms', Infinity, 1);
      const sockets = [...state.pushSessions];
      for (const s of sockets) s.silence(ms);
      return { sockets: sockets.length, ms: Number.isFinite(ms) ? ms : null };
    }
    case 'flood': {
      const hz = num(p, 'hz', 50, 1, 1000);
      const seconds = num(p, 'seconds', 5, 0.1, 3600);
      const targets = authed(mock);
      const timer = setInterval(() => {
        for (const s of targets) s.sendCurrent();
      }, 1000 / hz);
      setTimeout(() => clearInterval(timer), seconds * 1000).unref();
      return { sockets: targets.length, hz, seconds };
    }
    case 'malformed': {
      const count = num(p, 'count', MALFORMED.length, 1, 100_000);
      const targets = authed(mock);
      for (let i = 0; i < count; i++) for (const s of targets) s.write(MALFORMED[i % MALFORMED.length] as string);
      return { sockets: targets.length, count };
    }
    case 'huge': {
      const mb = num(p, 'mb', 2, 0.001, 64);
      const kind = str(p, 'kind', 'all');
      if (!['all', 'log', 'filename', 'plugin'].includes(kind))
        throw new Error('kind must be all, log, filename or plugin');
      const big = 'x'.repeat(Math.round(mb * 1024 * 1024));
      const targets = authed(mock);
      for (const s of targets) {
        if (kind === 'all' || kind === 'log') s.injectLog(`Recv: ${big}`);
        if (kind === 'all' || kind === 'filename') {
          s.sendEvent('FileAdded', {
            storage: 'local',
            path: `${big}.gcode`,
            name: `${big}.gcode`,
            type: ['machinecode', 'gcode'],
            operation: 'add',
          });
        }
        if (kind === 'all' || kind === 'plugin')
          s.sendHeld({ plugin: { plugin: 'action_command_notification', data: { message: big } } });
      }
      return { sockets: targets.length, bytes: big.length, kind };
    }
    case 'unknown-types': {
      const targets = authed(mock);
      for (const s of targets) {
        s.sendJson({ futureMessageType: { some: 'data', n: 1 } });
        s.sendJson({ renderProgress: { progress: 50 } });
        s.sendEvent('SomeFutureEvent', { detail: 'from a newer OctoPrint' });
        s.sendHeld({ plugin: { plugin: 'unknown_plugin', data: { anything: [1, 2, 3] } } });
      }
      return { sockets: targets.length };
    }
    case 'reauth': {
      const reason = str(p, 'reason', 'stale');
      const targets = authed(mock);
      state.sessions.clear();
      for (const s of targets) s.deauth(reason);
      return { sockets: targets.length, reason };
    }
    default:
      return undefined;
  }
}
