// Public types of the socket client: options, lifecycle events, auth provider and extensions.
import type { Timeouts } from './backoff.ts';
import type { Message } from './types.ts';

export type SocketState =
  | 'idle' | 'connecting' | 'open' | 'authenticating' | 'ready' | 'backoff' | 'closed' | 'auth-failed';

export interface Credentials {
  name: string;
  session: string;
}

/** Pluggable authentication, after aiocometd's AuthExtension. */
export interface AuthProvider {
  login(): Promise<Credentials>;
  /** Called on `reauthRequired`; defaults to login(). */
  reauthenticate?(reason: string): Promise<Credentials>;
}

/** An ordered hook on every message in or out; return null to drop it. */
export interface Extension {
  name: string;
  incoming?(message: Message): Message | null;
  outgoing?(message: Record<string, unknown>): Record<string, unknown> | null;
}

export interface Subscription {
  state?: boolean | { logs?: boolean | string; messages?: boolean | string };
  plugins?: boolean | string[];
  events?: boolean | string[];
}

export interface SocketEvents {
  state: { state: SocketState; previous: SocketState };
  connecting: { attempt: number; url: string };
  connected: { transport: string };
  ready: { user: string };
  message: Message;
  closing: { reason: string };
  closed: { code: number; reason: string };
  disconnected: { graceful: boolean; code: number; reason: string };
  backoff: { attempt: number; delayMs: number; retryAt: number };
  heartbeat: { at: number };
  throttle: { factor: number; reason: string };
  'auth-failed': { reason: string };
  'reconnect-failed': { attempts: number };
  error: { kind: 'parse' | 'handler' | 'auth' | 'transport' | 'listener'; message: string; type?: string };
}

export interface SocketOptions {
  /** '' for the page's origin; else the OctoPrint base URL (with any base path). */
  baseUrl: string;
  /** Reconnect delays: seconds per attempt (OctoPrint style) or exponential back-off with jitter. */
  timeouts: Timeouts;
  /** Give up after the explicit list is exhausted (OctoPrint's behaviour); default false: never give up. */
  giveUp: boolean;
  /** A connect attempt that has not opened by then counts as failed. */
  connectTimeout: number;
  /** No frame or heartbeat for this long: the link is dead and is reopened. */
  livenessTimeout: number;
  rateSlidingWindowSize: number;
  /** Base interval of OctoPrint's `current` messages in ms (500 ms × throttle). */
  rateBase: number;
  /** How many reauthentications in a row may fail before the client stops with `auth-failed`. */
  maxAuthFailures: number;
  /** 'sockjs' uses sockjs-client; 'websocket' uses OctoPrint's raw /sockjs/websocket and falls back to SockJS. */
  transport: 'sockjs' | 'websocket';
  auth: AuthProvider | null;
  subscription: Subscription | null;
  /** Listen to window online / visibilitychange / pageshow to retry at once. */
  watchWindow: boolean;
}
