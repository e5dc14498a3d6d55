// The bad network's settings: what each fault means, none by default, and their narrowing from untrusted input.
import { bool, num, optStr, type Params } from '../scenarios/params.ts';

export interface NetFaultConfig {
  /** Added round trip: half before a request is handled, half on everything the server sends; socket frames one way. */
  rttMs: number;
  /** WebSocket upgrade requests are never answered (a proxy that does not pass them). */
  swallowUpgrades: boolean;
  /** A RegExp source: answers to matching request URLs stop after their head and stallAfterBytes of body. */
  stallBody: string | null;
  stallAfterBytes: number;
  /** How many matching answers stall before the rest pass again; 0: all of them. */
  stallCount: number;
  /** The push socket is closed (3000 "Go away!") this long after it sent `history`; null: never. */
  closeAfterHistoryMs: number | null;
  /** Per connection and direction; 0: unlimited. */
  bandwidthKbps: number;
  /** 0..1: chance per chunk of a retransmission-like stall of lossStallMs. */
  lossRate: number;
  lossStallMs: number;
}

export const NO_FAULTS: NetFaultConfig = {
  rttMs: 0,
  swallowUpgrades: false,
  stallBody: null,
  stallAfterBytes: 0,
  stallCount: 0,
  closeAfterHistoryMs: null,
  bandwidthKbps: 0,
  lossRate: 0,
  lossStallMs: 1000,
};

/** A fault config from untrusted parameters (scenario JSON, CLI): missing keys keep `base`, bad values throw. */
export function parseNetFaults(p: Params, base: NetFaultConfig = NO_FAULTS): NetFaultConfig {
  const stallBody = p.stallBody === null ? null : (optStr(p, 'stallBody') ?? base.stallBody);
  if (stallBody) new RegExp(stallBody);
  const close = p.closeAfterHistoryMs;
  return {
    rttMs: num(p, 'rttMs', base.rttMs, 0, 60_000),
    swallowUpgrades: p.swallowUpgrades === undefined ? base.swallowUpgrades : bool(p, 'swallowUpgrades'),
    stallBody,
    stallAfterBytes: num(p, 'stallAfterBytes', base.stallAfterBytes, 0, 1e9),
    stallCount: num(p, 'stallCount', base.stallCount, 0, 1e9),
    closeAfterHistoryMs:
      close === null
        ? null
        : close === undefined
          ? base.closeAfterHistoryMs
          : num(p, 'closeAfterHistoryMs', 0, 0, 3_600_000),
    bandwidthKbps: num(p, 'bandwidthKbps', base.bandwidthKbps, 0, 1e7),
    lossRate: num(p, 'lossRate', base.lossRate, 0, 1),
    lossStallMs: num(p, 'lossStallMs', base.lossStallMs, 0, 60_000),
  };
}
