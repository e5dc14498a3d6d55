// The rows the grid sorts and filters: each printer's name, attention rank and progress, as one primitive key so the
// farm view re-renders only when an order or filter could change, never for a temperature.
import { useMemo, useSyncExternalStore } from 'react';
import { attentionRank, type FarmRow } from '../../store/farm-attention.ts';
import type { FarmRegistry } from '../../store/farm-registry.ts';
import type { SavedServer } from '../../store/servers-store.ts';

export function useFarmRows(registry: FarmRegistry, servers: readonly SavedServer[], withProgress: boolean): FarmRow[] {
  const subscribe = useMemo(
    () => (cb: () => void) => {
      const offs = servers.map((s) => registry.get(s.id)?.store.subscribe(cb) ?? (() => {}));
      return () => offs.forEach((off) => off());
    },
    [registry, servers],
  );
  const key = useSyncExternalStore(subscribe, () =>
    JSON.stringify(
      servers.map((s) => {
        const st = registry.get(s.id)?.store.getState();
        return [s.id, st?.name || s.name, st ? attentionRank(st) : 8, withProgress ? (st?.completion ?? -1) : 0];
      }),
    ),
  );
  return useMemo(
    () =>
      (JSON.parse(key) as [string, string, number, number][]).map(([id, name, rank, completion]) => ({
        id,
        name,
        rank,
        completion,
      })),
    [key],
  );
}
