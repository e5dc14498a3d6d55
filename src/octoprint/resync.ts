// Asks OctoPrint for a fresh `history`: re-sending the subscription makes the server answer with one (observed §3).
import type { Subscription } from './socket-types.ts';

/** What OctoPrint sends a socket that never subscribed: everything, terminal lines included. */
export const FULL_SUBSCRIPTION: Subscription = { state: { logs: true, messages: true }, events: true, plugins: true };

export interface ResyncTarget {
  readonly state: string;
  readonly options: { subscription: Subscription | null };
  sendMessage(type: string, payload: unknown): boolean;
}

/** Returns false when the link is not ready (the next connect brings a history anyway). */
export function requestHistory(socket: ResyncTarget): boolean {
  if (socket.state !== 'ready') return false;
  return socket.sendMessage('subscribe', socket.options.subscription ?? FULL_SUBSCRIPTION);
}
