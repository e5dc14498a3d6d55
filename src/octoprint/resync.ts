// Asks OctoPrint for a fresh `history`: only a subscription whose state part differs from the last one brings one
// (docs/octoprint-semantics.md §2), so each request alternates between two forms that select the same lines.
import type { Subscription } from './socket-types.ts';

/** What OctoPrint sends a socket that never subscribed: everything, terminal lines included. */
export const FULL_SUBSCRIPTION: Subscription = { state: { logs: true, messages: true }, events: true, plugins: true };

/** Regular expressions the server applies to each line: one matches every line, one matches none. */
const EVERY_LINE = '^';
const NO_LINE = '(?!)';

export interface ResyncTarget {
  readonly state: string;
  readonly options: { subscription: Subscription | null };
  sendMessage(type: string, payload: unknown): boolean;
}

type LineFilter = boolean | string;

/** The same selection of lines in the other form: true <-> "^", false <-> "(?!)", a pattern <-> its group. */
function otherForm(filter: LineFilter): LineFilter {
  if (filter === true) return EVERY_LINE;
  if (filter === false) return NO_LINE;
  if (filter === EVERY_LINE) return true;
  if (filter === NO_LINE) return false;
  return filter.startsWith('(?:') && filter.endsWith(')') ? filter.slice(3, -1) : `(?:${filter})`;
}

/** The subscription with its state part in the other form; parts left out stay out (they mean off). */
export function alternateSubscription(sub: Subscription): Subscription {
  const state = sub.state === true ? { logs: true, messages: false } : sub.state;
  // No state part: nothing to refresh; asking for all of it is what a history request means then.
  if (!state) return { ...sub, state: { logs: false, messages: NO_LINE } };
  return { ...sub, state: { logs: state.logs ?? false, messages: otherForm(state.messages ?? false) } };
}

/** Returns false when the link is not ready (the next connect brings a history anyway). */
export function requestHistory(socket: ResyncTarget): boolean {
  if (socket.state !== 'ready') return false;
  const next = socket.options.subscription ? alternateSubscription(socket.options.subscription) : FULL_SUBSCRIPTION;
  // Kept as the last one sent, so the next request alternates back and a reconnect re-sends the same selection.
  socket.options.subscription = next;
  return socket.sendMessage('subscribe', next);
}
