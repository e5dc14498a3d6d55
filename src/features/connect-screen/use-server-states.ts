// Each saved server's state on the connect screen, checked once when the screen opens: reachable, or why not.
import { useEffect, useState } from 'react';
import type { Words } from '../../shared/i18n.ts';
import type { SavedServer } from '../../store/servers-store.ts';
import { probeServer, type ProbeResult } from './probe-server.ts';

export type ServerState = { kind: 'checking' } | { kind: 'up'; version: string } | { kind: 'down'; message: Words };

export function stateOf(r: ProbeResult): ServerState {
  return r.ok ? { kind: 'up', version: r.version } : { kind: 'down', message: r.message };
}

export function useServerStates(
  servers: readonly SavedServer[],
  probe: typeof probeServer = probeServer,
): Record<string, ServerState> {
  const [states, setStates] = useState<Record<string, ServerState>>({});
  // Keyed by the list's ids and URLs, so opening or forgetting one does not ask every server again.
  const key = servers.map((s) => `${s.id} ${s.url} ${s.apiKey ? 1 : 0}`).join('\n');
  useEffect(() => {
    let live = true;
    for (const s of servers) {
      void probe(s.url, s.apiKey).then((r) => {
        if (live) setStates((prev) => ({ ...prev, [s.id]: stateOf(r) }));
      });
    }
    return () => {
      live = false;
    };
  }, [key]); // `key` stands for the servers' identities: a new array with the same servers asks no one again
  return states;
}
