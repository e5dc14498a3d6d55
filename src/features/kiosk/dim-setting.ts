// The kiosk's dim time: `?dim=SECONDS` in the address (for a Pi's start command, 0 = never) or the user's choice,
// remembered on this device.
import { useState } from 'react';
import { t } from '../../shared/i18n.ts';
import { browserStorage, loadJson, saveJson } from '../../shared/persist.ts';

const KEY = 'kiosk.dimAfterMs';
export const DEFAULT_DIM_MS = 5 * 60_000;

/** The offered dim times in ms; null = never. */
export const DIM_CHOICES: readonly (number | null)[] = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, null];

/** A dim time in words ("5 min", "1 hour", "Never", "90 s" for an address's own), in the active language. */
export function dimLabel(ms: number | null): string {
  if (ms === null) return t('kiosk.dimNever');
  if (ms === 60 * 60_000) return t('kiosk.dimHour');
  return ms % 60_000 === 0 ? t('duration.minutes', { m: ms / 60_000 }) : t('duration.seconds', { s: ms / 1000 });
}

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
