// The bad-network command-line flags: --rtt, --swallow-upgrades, --stall-body, --close-after-history, --bandwidth-kbps,
// --loss (with --loss-stall), and --fault-proxy URL to run the layer in front of another server.

export const NET_FLAGS = {
  rtt: { type: 'string' },
  'swallow-upgrades': { type: 'boolean' },
  'stall-body': { type: 'string' },
  'stall-after-bytes': { type: 'string' },
  'stall-count': { type: 'string' },
  'close-after-history': { type: 'string' },
  'bandwidth-kbps': { type: 'string' },
  loss: { type: 'string' },
  'loss-stall': { type: 'string' },
  'fault-proxy': { type: 'string' },
} as const;

const NUMERIC: Record<string, string> = {
  rtt: 'rttMs',
  'stall-after-bytes': 'stallAfterBytes',
  'stall-count': 'stallCount',
  'close-after-history': 'closeAfterHistoryMs',
  'bandwidth-kbps': 'bandwidthKbps',
  loss: 'lossRate',
  'loss-stall': 'lossStallMs',
};

/** The `net` scenario's parameters from the flags, or null when none was given (checked by parseNetFaults later). */
export function netParamsFromFlags(values: Record<string, unknown>): Record<string, unknown> | null {
  const p: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(NUMERIC))
    if (typeof values[flag] === 'string') p[key] = Number(values[flag]);
  if (values['swallow-upgrades'] === true) p.swallowUpgrades = true;
  if (typeof values['stall-body'] === 'string') p.stallBody = values['stall-body'];
  return Object.keys(p).length ? p : null;
}
