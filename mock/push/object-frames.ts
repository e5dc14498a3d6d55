// Makes the `sockjs` package frame like OctoPrint's sockjs-tornado: JSON objects inside `a[...]`, `h` heartbeats.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ReceiverProto {
  session?: { connection?: { mockSilenced?: boolean } } | null;
  doSendFrame(frame: string): unknown;
  doSendBulk(messages: string[]): unknown;
  heartbeat(): unknown;
}

let patched = false;

/**
 * OctoPrint sends `a[{"current":{...}}]` (docs/octoprint-observed.md §3), so sockjs-client hands `onmessage` an object.
 * The sockjs package would send `a["{\"current\":...}"]`. Every message the mock writes is already JSON text,
 * so the frame is joined from them as they are. Heartbeats are `h` frames every 25 s (the package would use
 * WebSocket pings instead), and a connection marked `mockSilenced` (the blackhole scenario) sends none.
 */
export function useObjectFrames(): void {
  if (patched) return;
  patched = true;
  const transport = require('sockjs/lib/transport.js') as { GenericReceiver: { prototype: ReceiverProto } };
  transport.GenericReceiver.prototype.doSendBulk = function doSendBulk(messages: string[]) {
    return this.doSendFrame(`a[${messages.join(',')}]`);
  };
  transport.GenericReceiver.prototype.heartbeat = heartbeat;
}

function heartbeat(this: ReceiverProto): unknown {
  if (this.session?.connection?.mockSilenced) return undefined;
  return this.doSendFrame('h');
}

/**
 * The WebSocket receiver class is not exported and overrides `heartbeat` with a ping, so it is patched through
 * the first live connection's receiver.
 */
export function patchReceiverOf(conn: unknown): void {
  const recv = (conn as { _session?: { recv?: object | null } })._session?.recv;
  if (!recv) return;
  const proto = Object.getPrototypeOf(recv) as ReceiverProto;
  // Only the framed WebSocket receiver's own ping-based heartbeat is replaced, never a shared prototype.
  if (
    proto.constructor.name === 'WebSocketReceiver' &&
    Object.hasOwn(proto, 'heartbeat') &&
    proto.heartbeat !== heartbeat
  ) {
    proto.heartbeat = heartbeat;
  }
}
