// The rows the grid sorts and filters: each printer's name, attention rank and progress, as one primitive key so the
// farm view re-renders only when an order or filter could change, never for a temperature. The key is rebuilt only
// when one of those fields changed, so an update costs the same whatever the number of printers.
import { useMemo, useSyncExternalStore } from 'react';
import { attentionRank, type FarmRow } from '../../store/farm-attention.ts';
import type { FarmPrinterState } from '../../store/farm-printer-store.ts';
import type { FarmRegistry } from '../../store/farm-registry.ts';
import type { SavedServer } from '../../store/servers-store.ts';

export function useFarmRows(registry: FarmRegistry, servers: readonly SavedServer[], withProgress: boolean): FarmRow[] {
  const subscribe = useMemo(
    () => (cb: () => void) => {
      const moved = (a: FarmPrinterState, b: FarmPrinterState) =>
        a.name !== b.name || attentionRank(a) !== attentionRank(b) || (withProgress && a.completion !== b.completion);
      const offs = servers.map(
        (s) => registry.get(s.id)?.store.subscribe((now, before) => moved(now, before) && cb()) ?? (() => {}),
      );
      return () => offs.forEach((off) => off());
    },
    [registry, servers, withProgress],
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
