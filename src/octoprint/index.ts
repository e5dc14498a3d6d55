// The documented public surface of the protocol layer: the push socket client, its types, REST and helpers.
export { observeAck, targetIs, type Ack, type AckOptions, type AckStatus, type MessageSource } from './ack.ts';
export { requestAppKey, type AppKeyOptions, type AppKeyOutcome } from './appkeys.ts';
export { passiveLoginAuth } from './auth.ts';
export { backoffDelay, DEFAULT_BACKOFF, type ExponentialBackoff, type Timeouts } from './backoff.ts';
export type { ConnectOptions } from './connect-options.ts';
export { browserFrameScheduler, immediateScheduler, manualScheduler, type FrameScheduler, type ManualScheduler } from './frame-scheduler.ts';
export type { Handler, TypedHandler } from './message-router.ts';
export { parseMessage, type ParseError, type ParseResult } from './parse.ts';
export { mergeCurrent } from './pending-queue.ts';
export { RateAnalyzer, type RateVerdict } from './rate-analyzer.ts';
export { DEFAULT_GUARD, ReconnectPolicy, type BriefLinkGuard, type ReconnectPlan } from './reconnect-policy.ts';
export { FULL_SUBSCRIPTION, requestHistory, type ResyncTarget } from './resync.ts';
export { createRestClient, RestError, type LoginResult, type RestClient, type RestClientOptions } from './rest-client.ts';
export { OctoPrintSocket } from './socket-client.ts';
export { DEFAULT_OPTIONS } from './socket-defaults.ts';
export type {
  AuthProvider,
  Credentials,
  Extension,
  SocketErrorKind,
  SocketEvents,
  SocketOptions,
  SocketState,
  Subscription,
} from './socket-types.ts';
export { loadSockJS, type RawSocket, type TransportKind } from './transport.ts';
export type * from './types.ts';
