// A terminal setting remembered in localStorage (shared/persist.ts); a broken or missing entry falls back to the default.
import { useCallback, useState } from 'react';
import { browserStorage, loadJson, saveJson } from '../../shared/persist.ts';

const PREFIX = 'octoprint-live.terminal.';

export function useLocalSetting<T>(key: string, fallback: T, valid: (v: unknown) => v is T): [T, (v: T) => void] {
  const [value, setValue] = useState(() => {
    const v = loadJson(browserStorage(), PREFIX + key);
    return valid(v) ? v : fallback;
  });
  const set = useCallback(
    (v: T) => {
      setValue(v);
      saveJson(browserStorage(), PREFIX + key, v);
    },
    [key],
  );
  return [value, set];
}

export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
