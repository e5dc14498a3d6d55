// The origin check wired into Vite's proxy: a refused request (HTTP or WebSocket upgrade) is answered 403 with the
// reason and never forwarded; only requests the check allowed get the API key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ProxyOptions } from 'vite';
import { ALLOW_REMOTE_ENV, checkOrigin, isLoopbackHost, type GuardPolicy } from './origin-guard.ts';

const allowed = new WeakSet<IncomingMessage>();

function refusalBody(reason: string): string {
  return JSON.stringify({ error: reason });
}

function refuseHttp(res: ServerResponse, reason: string): void {
  res.writeHead(403, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(refusalBody(reason));
}

/** An upgrade has no ServerResponse: the 403 is written on the raw socket, which is then closed. */
function refuseUpgrade(socket: Socket, reason: string): void {
  const body = refusalBody(reason);
  const head = [
    'HTTP/1.1 403 Forbidden',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  // Node's HTTP server drops its own error handler from an upgraded socket: a reset by the client must not crash Vite.
  socket.on('error', () => socket.destroy());
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * Vite calls `bypass` for every request a proxy entry matches, WebSocket upgrades included (then without `res`),
 * right before forwarding. Returning a path tells Vite not to proxy; for HTTP the ended response is left alone.
 */
export function guardBypass(policy: () => GuardPolicy): NonNullable<ProxyOptions['bypass']> {
  return (req, res) => {
    const verdict = checkOrigin(
      { method: req.method, headers: req.headers, remoteAddress: req.socket.remoteAddress },
      policy(),
    );
    if (verdict.allow) {
      allowed.add(req);
      return undefined;
    }
    console.warn(`  octoprint-proxy: refused ${req.method ?? ''} ${req.url ?? ''}: ${verdict.reason}`);
    if (res) refuseHttp(res, verdict.reason);
    else refuseUpgrade(req.socket as Socket, verdict.reason);
    return req.url ?? '/';
  };
}

/** A request that reached the proxy without passing the check (should not happen) is aborted unsent, keyless. */
export function wasAllowed(req: IncomingMessage): boolean {
  return allowed.has(req);
}

/**
 * Serving with a key beyond this machine makes every device that reaches the port act as the key's user: it needs
 * the opt-in, and then says so loudly. Throws to stop Vite from starting.
 */
export function checkListenHost(
  host: string | boolean | undefined,
  addsKey: boolean,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (!addsKey || isLoopbackHost(host)) return;
  const where = host === true ? 'all network interfaces' : String(host);
  if (env[ALLOW_REMOTE_ENV] !== '1') {
    throw new Error(
      `octoprint-proxy: not serving on ${where}: the proxy adds the OctoPrint API key, so every device that can reach this port would act as ` +
        `that key's user. Drop --host (or the key), or set ${ALLOW_REMOTE_ENV}=1 if you really mean it.`,
    );
  }
  console.warn(
    `\n  WARNING (${ALLOW_REMOTE_ENV}=1): serving on ${where} with an API key added. Everyone who can reach this port ` +
      `acts as that key's OctoPrint user: they can upload, start and cancel prints, heat the printer and send G-code.`,
  );
}
