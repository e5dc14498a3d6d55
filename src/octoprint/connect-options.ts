// OctoPrint.socket.connect(opts): its connectTimeout and transportTimeout, and the rest for the SockJS constructor.

/** connect()'s options, as OctoPrint.socket takes them; any other key goes to the SockJS constructor. */
export interface ConnectOptions {
  /** ms until an attempt that has not opened counts as failed; 0 for none. */
  connectTimeout?: number;
  /** SockJS's `timeout`: the least time it gives each transport before it falls back to the next one. */
  transportTimeout?: number;
  [sockjsOption: string]: unknown;
}

const ms = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/**
 * Splits the options. SockJS waits max(timeout, RTO × round trips) per transport, with RTO 4 × the round trip of its
 * /info request: on a 500 ms link a swallowed WebSocket upgrade costs 4 s before xhr-streaming gets its turn, so the
 * connect timeout must leave room for the fallback (OctoPrint's own page uses 30 s).
 */
export function splitConnectOptions(
  opts: ConnectOptions,
  defaults: { connectTimeout: number; transportTimeout: number },
) {
  const { connectTimeout, transportTimeout, ...sockjs } = opts;
  return {
    connectTimeout: ms(connectTimeout) ?? defaults.connectTimeout,
    sockjs: { ...sockjs, timeout: ms(transportTimeout) ?? ms(sockjs.timeout) ?? defaults.transportTimeout },
  };
}
