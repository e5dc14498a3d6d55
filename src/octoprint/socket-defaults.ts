// Default options of the socket client: OctoPrint's where they are sound, never-give-up where they are not.
import { DEFAULT_BACKOFF } from './backoff.ts';
import { DEFAULT_GUARD } from './reconnect-policy.ts';
import type { SocketOptions } from './socket-types.ts';

export const DEFAULT_OPTIONS: SocketOptions = {
  baseUrl: '',
  timeouts: DEFAULT_BACKOFF,
  giveUp: false,
  // OctoPrint's own page: SockJS's transport fallback needs several seconds on a slow link (connect-options.ts).
  connectTimeout: 30_000,
  transportTimeout: 4000,
  readyTimeout: 15_000,
  briefLinkGuard: DEFAULT_GUARD,
  livenessTimeout: 35_000,
  maxAuthFailures: 3,
  transport: 'sockjs',
  transports: null,
  webSocket: null,
  auth: null,
  subscription: null,
  watchWindow: true,
  scheduler: null,
  maxPending: 100,
};
