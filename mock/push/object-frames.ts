// Makes the `sockjs` package frame messages like OctoPrint's sockjs-tornado: JSON objects inside `a[...]`, not strings.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface GenericReceiverProto {
  doSendFrame(frame: string): unknown;
  doSendBulk(messages: string[]): unknown;
}

let patched = false;

/**
 * OctoPrint sends `a[{"current":{...}}]` (octoprint-observed.md §3), so sockjs-client hands `onmessage` an object.
 * The sockjs package would send `a["{\"current\":...}"]`. Every message the mock writes is already JSON text,
 * so the frame is joined from them as they are.
 */
export function useObjectFrames(): void {
  if (patched) return;
  patched = true;
  const transport = require('sockjs/lib/transport.js') as { GenericReceiver: { prototype: GenericReceiverProto } };
  transport.GenericReceiver.prototype.doSendBulk = function doSendBulk(messages: string[]) {
    return this.doSendFrame(`a[${messages.join(',')}]`);
  };
}
