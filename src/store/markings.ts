// Chart markings merged, never replaced: a restarted server sends only its own new list (docs/octoprint-semantics.md §6).
import type { Marking } from '../octoprint/types.ts';

/** Most markings kept; older ones are far outside any chart window. */
export const MARKINGS_LIMIT = 200;
/** Markings this far after the server's own time are on a clock that has since gone back (docs/octoprint-semantics.md §7). */
const FUTURE_SLACK_S = 60;

const key = (m: Marking) => `${m.type}\u0000${m.time}`;
const keyCache = new WeakMap<readonly Marking[], Set<string>>();

function keysOf(list: readonly Marking[]): Set<string> {
  let keys = keyCache.get(list);
  if (!keys) {
    keys = new Set(list.map(key));
    keyCache.set(list, keys);
  }
  return keys;
}

/**
 * The markings seen so far plus any new ones from the server, by time; `held` itself when nothing is new, so
 * subscribers compare by identity. OctoPrint resends its whole list in every `current`: the check is a set lookup.
 */
export function mergeMarkings(
  held: readonly Marking[],
  incoming: readonly Marking[],
  serverTime: number | null = null,
): readonly Marking[] {
  const keys = keysOf(held);
  let added: Marking[] | null = null;
  for (const m of incoming) {
    if (keys.has(key(m))) continue;
    if (serverTime !== null && m.time > serverTime + FUTURE_SLACK_S) continue;
    (added ??= []).push(m);
  }
  if (!added) return held;
  const merged = [...held, ...added].sort((a, b) => a.time - b.time).slice(-MARKINGS_LIMIT);
  keyCache.set(merged, new Set(merged.map(key)));
  return merged;
}
