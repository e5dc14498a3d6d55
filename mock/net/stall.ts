// A stalled answer: the head and the first bytes of the body leave, then nothing, the connection held open.
import type { Duplex } from 'node:stream';

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * From now on this socket passes the next answer's head and `afterBytes` of its body, then swallows everything
 * (as a proxy or a lossy link that stalls mid-body would); the client only learns of it by timing out.
 */
export function stallAfterHead(socket: Duplex, afterBytes: number): void {
  const write = socket.write.bind(socket) as (chunk: unknown, enc?: unknown, cb?: unknown) => boolean;
  let seen = Buffer.alloc(0);
  let allowed = Infinity;
  let sent = 0;
  socket.write = ((chunk: string | Uint8Array, enc?: unknown) => {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof enc === 'string' ? (enc as BufferEncoding) : 'utf8')
        : Buffer.from(chunk);
    if (allowed === Infinity) {
      seen = Buffer.concat([seen, buf]);
      const i = seen.indexOf(HEAD_END);
      if (i >= 0) allowed = i + HEAD_END.length + afterBytes;
    }
    const pass = Math.max(0, Math.min(buf.length, (allowed === Infinity ? Infinity : allowed) - sent));
    if (pass > 0) write(buf.subarray(0, pass));
    sent += buf.length;
    return true;
  }) as Duplex['write'];
  socket.end = (() => socket) as Duplex['end'];
}
