// Sizes of the reliability runs: small fast variants in `npm test`, the full figures under `npm run soak`.

/** Set by scripts/soak.mjs. */
export const SOAK = process.env.RELIABILITY_SOAK === '1';

export const PARAMS = SOAK
  ? { restarts: 20, fuzzFrames: 1000, hiddenMs: 10 * 60_000, hiddenSpeed: 1, soakPrinterHours: 24, soakSpeed: 120 }
  : { restarts: 3, fuzzFrames: 250, hiddenMs: 6_000, hiddenSpeed: 10, soakPrinterHours: 1, soakSpeed: 240 };

// hiddenSpeed: the mock's printer keeps a 30-minute history, so a hidden period must stay within 30 printer-minutes for
// every point to be recoverable (10 real minutes at 1x; 6 s at 10x gives the fast run more points to resync).

/** Random drops during the long run, in printer minutes between drops. */
export const DROP_EVERY_PRINTER_MINUTES = { min: 5, max: 15 };
