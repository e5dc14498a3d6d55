// The few OctoPrint settings the controls need (/api/settings: profiles, terminal filters, cancel confirmation), narrowed from untrusted JSON.
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface TemperatureProfile {
  name: string;
  extruder: number | null;
  bed: number | null;
  chamber: number | null;
}

export interface TerminalFilter {
  name: string;
  regex: string;
}

export interface ControlSettings {
  loaded: boolean;
  profiles: readonly TemperatureProfile[];
  terminalFilters: readonly TerminalFilter[];
  /** OctoPrint's feature.printCancelConfirmation; true by default, as in OctoPrint. */
  printCancelConfirmation: boolean;
}

export type ControlSettingsStore = StoreApi<ControlSettings>;

export const defaultSettings: ControlSettings = {
  loaded: false,
  profiles: [],
  terminalFilters: [],
  printCancelConfirmation: true,
};

export function createControlSettingsStore(): ControlSettingsStore {
  return createStore<ControlSettings>()(() => defaultSettings);
}

function obj(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function temp(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

export function narrowSettings(raw: unknown): ControlSettings {
  const root = obj(raw) ?? {};
  const t = obj(root.temperature) ?? {};
  const profiles: TemperatureProfile[] = [];
  for (const p of Array.isArray(t.profiles) ? t.profiles : []) {
    const o = obj(p);
    if (!o || typeof o.name !== 'string') continue;
    profiles.push({ name: o.name, extruder: temp(o.extruder), bed: temp(o.bed), chamber: temp(o.chamber) });
  }
  const terminalFilters: TerminalFilter[] = [];
  for (const f of Array.isArray(root.terminalFilters) ? root.terminalFilters : []) {
    const o = obj(f);
    if (o && typeof o.name === 'string' && typeof o.regex === 'string')
      terminalFilters.push({ name: o.name, regex: o.regex });
  }
  const feature = obj(root.feature) ?? {};
  return {
    loaded: true,
    profiles,
    terminalFilters,
    printCancelConfirmation: feature.printCancelConfirmation !== false,
  };
}
