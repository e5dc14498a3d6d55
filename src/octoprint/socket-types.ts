// Public types of the socket client: options, lifecycle events, auth provider and extensions.
import type { Timeouts } from './backoff.ts';
import type { FrameScheduler } from './frame-scheduler.ts';
import type { Problem } from './problem.ts';
import type { WaitWhy } from './reconnect-policy.ts';
import type { BriefLinkGuard } from './reconnect-policy.ts';
import type { Message } from './types.ts';

export type SocketState =
  'idle' | 'connecting' | 'open' | 'authenticating' | 'ready' | 'backoff' | 'closed' | 'auth-failed';

export interface Credentials {
  name: string;
  session: string;
}

/** Pluggable authentication, after aiocometd's AuthExtension. */
export interface AuthProvider {
  /** Called after every `connected` (sessions do not survive a reconnect). */
  login(): Promise<Credentials>;
  /** Called on `reauthRequired` with its reason; defaults to login(). */
  reauthenticate?(reason: string): Promise<Credentials>;
}

/** An ordered hook on every message in or out; return the message (changed or not), or null to drop it. */
export interface Extension {
  name: string;
  incoming?(message: Message): Message | null;
  outgoing?(message: Record<string, unknown>): Record<string, unknown> | null;
}

/** OctoPrint's `subscribe` payload (since 1.8.0); it is sent on every open, before `auth`. */
export interface Subscription {
  state?: boolean | { logs?: boolean | string; messages?: boolean | string };
  plugins?: boolean | string[];
  events?: boolean | string[];
}

export type SocketErrorKind = 'parse' | 'handler' | 'extension' | 'auth' | 'transport' | 'listener';

export interface SocketEvents {
  state: { state: SocketState; previous: SocketState };
  connecting: { attempt: number; url: string; transport: 'sockjs' | 'websocket' };
  /** The transport is open (before OctoPrint's `connected` message and auth). */
  connected: { transport: string };
  /**
   * The dashboard's data is live: authenticated and `history` received, or (`relogin`) logged in again on a socket
   * OctoPrint had registered already, which brings no new `history`.
   */
  ready: { user: string; relogin: boolean };
  message: Message;
  closing: { reason: string };
  closed: { code: number; reason: string };
  disconnected: { graceful: boolean; code: number; reason: string };
  /**
   * A reconnect is scheduled; `reason` says why the page waits (what ended the link, or the brief-link guard), in
   * English for logs; `why` is the same for the page to word.
   */
  backoff: { attempt: number; delayMs: number; retryAt: number; reason: string; why: WaitWhy };
  heartbeat: { at: number };
  throttle: { factor: number; reason: string };
  /** `reason` in English for logs; `problem` for the page to word. */
  'auth-failed': { reason: string; problem: Problem };
  'reconnect-failed': { attempts: number };
  error: { kind: SocketErrorKind; message: string; problem: Problem; type?: string };
}

export interface SocketOptions {
  /** '' for the page's origin; else the OctoPrint base URL (with any base path). */
  baseUrl: string;
  /** Reconnect delays: seconds per attempt (OctoPrint style) or exponential back-off with jitter. */
  timeouts: Timeouts;
  /** Give up after the explicit list is exhausted (OctoPrint's behaviour); default false: never give up. */
  giveUp: boolean;
  /** A connect attempt that has not opened by then counts as failed; connect({connectTimeout}) overrides it, 0 for none. */
  connectTimeout: number;
  /** SockJS's per-transport `timeout` (OctoPrint's transportTimeout); connect({transportTimeout}) overrides it. */
  transportTimeout: number;
  /** An open socket that has not received `history` by then (login stalled, no STATUS permission) is reopened. */
  readyTimeout: number;
  /** Spacing of reconnects after links that die soon after going live. */
  briefLinkGuard: BriefLinkGuard;
  /** No frame or heartbeat for this long: the link is dead and is reopened (SockJS transports only). */
  livenessTimeout: number;
  /** How many `stale` answers (the socket refused our session) in a row end in `auth-failed`; other reasons never count. */
  maxAuthFailures: number;
  /** 'sockjs' uses sockjs-client; 'websocket' uses OctoPrint's raw /sockjs/websocket and falls back to SockJS. */
  transport: 'sockjs' | 'websocket';
  /** Preferred order of SockJS transports (sockjs-client's `transports`), e.g. ['websocket', 'xhr-streaming']. */
  transports: string[] | null;
  /** The WebSocket class for the raw transport (the global one by default). */
  webSocket: typeof WebSocket | null;
  auth: AuthProvider | null;
  subscription: Subscription | null;
  /** Listen to window online / visibilitychange / pageshow to retry at once. */
  watchWindow: boolean;
  /** When queued messages are delivered; the browser default is one delivery per animation frame. */
  scheduler: FrameScheduler | null;
  /** Most non-`current` messages that may wait for delivery before the oldest is dropped (aiocometd's 100). */
  maxPending: number;
}
