// The kiosk's dim time: `?dim=SECONDS` in the address (for a Pi's start command, 0 = never) or the user's choice,
// remembered on this device.
import { useState } from 'react';
import { browserStorage, loadJson, saveJson } from '../../shared/persist.ts';

const KEY = 'kiosk.dimAfterMs';
export const DEFAULT_DIM_MS = 5 * 60_000;

export const DIM_CHOICES: readonly { ms: number | null; label: string }[] = [
  { ms: 60_000, label: '1 min' },
  { ms: 5 * 60_000, label: '5 min' },
  { ms: 15 * 60_000, label: '15 min' },
  { ms: 60 * 60_000, label: '1 hour' },
  { ms: null, label: 'Never' },
];

/** The address's `dim` in seconds (0 or "never" = never), or undefined when it has none or a bad one. */
export function dimFromSearch(search: string): number | null | undefined {
  const raw = new URLSearchParams(search).get('dim');
  if (raw === null) return undefined;
  if (raw === 'never' || raw === '0') return null;
  const s = Number(raw);
  return Number.isFinite(s) && s > 0 && s <= 7 * 24 * 3600 ? Math.round(s * 1000) : undefined;
}

function saved(): number | null {
  const v = loadJson(browserStorage(), KEY);
  if (v === null) return null;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : DEFAULT_DIM_MS;
}

export function useDimSetting(): [number | null, (ms: number | null) => void] {
  const [ms, setMs] = useState<number | null>(() => {
    const fromUrl = typeof location === 'undefined' ? undefined : dimFromSearch(location.search);
    return fromUrl !== undefined ? fromUrl : saved();
  });
  const choose = (next: number | null) => {
    saveJson(browserStorage(), KEY, next);
    setMs(next);
  };
  return [ms, choose];
}
