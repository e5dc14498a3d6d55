// Fault and workload scenarios the tests and benchmarks trigger through POST /mock/scenario.
import type { MockServer } from './server.ts';

export async function runScenario(mock: MockServer, name: string, params: Record<string, unknown>): Promise<unknown> {
  const { state } = mock;
  switch (name) {
    case 'drop': {
      const n = state.pushSessions.size;
      for (const s of [...state.pushSessions]) s.kick();
      return { closed: n };
    }
    case 'restart': {
      // A restart forgets every login session and may come back as another version or with new hashes.
      for (const s of [...state.pushSessions]) s.kick();
      state.sessions.clear();
      if (typeof params.version === 'string') state.identity.version = params.version;
      if (typeof params.pluginHash === 'string') state.identity.pluginHash = params.pluginHash;
      if (typeof params.configHash === 'string') state.identity.configHash = params.configHash;
      return { identity: state.identity };
    }
    case 'target': {
      const heater = typeof params.heater === 'string' ? params.heater : 'tool0';
      const target = typeof params.target === 'number' ? params.target : 0;
      if (!mock.printer.setTarget(heater, target)) throw new Error(`no heater ${heater}`);
      return { heater, target };
    }
    default:
      throw new Error(`unknown scenario ${name}`);
  }
}
