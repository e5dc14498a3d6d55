// The mock's bad network in front of any OctoPrint: a small reverse proxy (HTTP, streaming answers and WebSocket
// upgrades) with the same fault layer, controlled at /mock/net (GET: config and counters; POST JSON: change).
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { checkOrigin } from '../origin-guard.ts';
import { NetFaults } from './net-faults.ts';

export interface FaultProxy {
  url: string;
  faults: NetFaults;
  close(): Promise<void>;
}

function control(faults: NetFaults, req: IncomingMessage, res: ServerResponse, allowRemote: boolean): void {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  // The same rule as the mock's /mock: no other website's page, no other machine unless allowed.
  const verdict = checkOrigin(
    { method: req.method, headers: req.headers, remoteAddress: req.socket.remoteAddress },
    { allowRemote, allowedHosts: [] },
  );
  if (!verdict.allow) return reply(403, { error: verdict.reason });
  if (req.method !== 'POST') return reply(200, { config: faults.config, stats: faults.stats });
  let text = '';
  req.setEncoding('utf8');
  req.on('data', (d: string) => (text += d.slice(0, 10_000)));
  req.on('end', () => {
    try {
      const p = JSON.parse(text || '{}') as Record<string, unknown>;
      if (p.reset === true) faults.reset();
      reply(200, { config: faults.set(p), stats: faults.stats });
    } catch (err) {
      reply(400, { error: String(err) });
    }
  });
}

export async function startFaultProxy(
  target: string,
  opts: { port: number; host: string; faults?: NetFaults; allowRemoteControl?: boolean },
): Promise<FaultProxy> {
  const t = new URL(target);
  const faults = opts.faults ?? new NetFaults();
  const upstream = { host: t.hostname, port: Number(t.port || 80) };
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/mock/net')) return control(faults, req, res, opts.allowRemoteControl === true);
    const up = request({ ...upstream, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const up = connect(upstream.port, upstream.host, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      up.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) up.write(head);
      socket.pipe(up).pipe(socket);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
    socket.on('close', () => up.destroy());
  });
  faults.install(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}`,
    faults,
    close: async () => {
      faults.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
