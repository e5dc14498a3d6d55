// A JSON value remembered in localStorage; a broken or missing entry falls back to the default.
import { useCallback, useState } from 'react';

const PREFIX = 'octoprint-live.terminal.';

export function readSetting<T>(key: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    if (raw == null) return fallback;
    const v: unknown = JSON.parse(raw);
    return valid(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

export function writeSetting(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the setting lasts for this page only.
  }
}

export function useLocalSetting<T>(key: string, fallback: T, valid: (v: unknown) => v is T): [T, (v: T) => void] {
  const [value, setValue] = useState(() => readSetting(key, fallback, valid));
  const set = useCallback(
    (v: T) => {
      setValue(v);
      writeSetting(key, v);
    },
    [key],
  );
  return [value, set];
}

export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
