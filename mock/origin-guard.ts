// Who may use the key-adding proxy (and the mock's /mock control surface): only the dashboard's own pages, and
// scripts on this machine. Pure: decides from the method, the headers and the remote address; the callers refuse.
import { isIP } from 'node:net';

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface GuardRequest {
  method?: string;
  headers: HeaderBag;
  /** The TCP peer, e.g. req.socket.remoteAddress. */
  remoteAddress: string | undefined;
}

export interface GuardPolicy {
  /** The explicit opt-in (OCTOPRINT_PROXY_ALLOW_REMOTE=1): requests from other machines may use the key too. */
  allowRemote: boolean;
  /**
   * Vite's allowedHosts (true: any). Vite checks them for HTTP itself but not for the proxy's WebSocket upgrades,
   * so a DNS-rebound page (its Origin and Host both "evil.example") must be stopped here. Omitted: no host check.
   */
  allowedHosts?: readonly string[] | true;
}

export type Verdict = { allow: true } | { allow: false; reason: string };

export const ALLOW_REMOTE_ENV = 'OCTOPRINT_PROXY_ALLOW_REMOTE';

const WHY =
  "The dashboard's proxy adds the OctoPrint API key only for the dashboard's own pages and for programs on this machine.";

const refuse = (what: string): Verdict => ({ allow: false, reason: `Refused: ${what} ${WHY}` });

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** 127.0.0.0/8, ::1 and IPv4-mapped 127.x; the address a socket reports for a connection from this machine. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase().replace(/^::ffff:/, '');
  return (isIP(a) === 4 && a.startsWith('127.')) || a === '::1';
}

/** Whether Vite's `host` option keeps the server on this machine (undefined and false mean "localhost"). */
export function isLoopbackHost(host: string | boolean | undefined): boolean {
  if (host === undefined || host === false) return true;
  if (host === true) return false;
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h.endsWith('.localhost') || isLoopbackAddress(h);
}

/** Host header without its port; IPv6 literals keep their brackets off. */
function hostName(hostHeader: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hostHeader);
  if (bracketed) return (bracketed[1] ?? '').toLowerCase();
  return hostHeader.replace(/:\d+$/, '').toLowerCase();
}

/** Vite's own rule: IP literals, localhost and *.localhost always; otherwise a listed name or a listed ".suffix". */
export function isHostAllowed(hostHeader: string | undefined, allowedHosts: readonly string[] | true): boolean {
  if (allowedHosts === true) return true;
  if (!hostHeader) return false;
  const name = hostName(hostHeader);
  if (isIP(name) || name === 'localhost' || name.endsWith('.localhost')) return true;
  return allowedHosts.some((h) => h === name || (h.startsWith('.') && (h.slice(1) === name || name.endsWith(h))));
}

/** The page's origin equals the host it was served under (scheme aside: http and https both count). */
function isOwnOrigin(origin: string, hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  try {
    const o = new URL(origin);
    if (o.protocol !== 'http:' && o.protocol !== 'https:') return false;
    return o.host === new URL(`${o.protocol}//${hostHeader}`).host;
  } catch {
    return false;
  }
}

/** Rules in order; every refusal says why. */
export function checkOrigin(req: GuardRequest, policy: GuardPolicy): Verdict {
  const host = header(req.headers, 'host');
  if (policy.allowedHosts !== undefined && !isHostAllowed(host, policy.allowedHosts)) {
    return refuse(
      `the host "${host ?? ''}" is not an allowed host (protection against DNS rebinding; see Vite's allowedHosts).`,
    );
  }
  // Headers can be forged by any program, so another machine is refused whatever it sends, unless opted in.
  if (!policy.allowRemote && !isLoopbackAddress(req.remoteAddress)) {
    return refuse(
      `this request comes from another machine (${req.remoteAddress ?? 'unknown address'}); set ${ALLOW_REMOTE_ENV}=1 to serve other machines.`,
    );
  }
  const site = header(req.headers, 'sec-fetch-site')?.toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return refuse(`the browser says this request was made by another website's page (Sec-Fetch-Site: ${site}).`);
  }
  const origin = header(req.headers, 'origin');
  if (origin !== undefined && !isOwnOrigin(origin, host)) {
    const what = req.method?.toUpperCase() === 'OPTIONS' ? 'a CORS preflight' : 'this request';
    return refuse(
      `${what} comes from another website (Origin: ${origin}), not from the dashboard's own page (${host ?? 'no Host'}).`,
    );
  }
  return { allow: true };
}
