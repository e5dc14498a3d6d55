// The farm's notifications: one alert per print end, failure, pause or printer going offline, from the push events.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EventPayload } from '../octoprint/types.ts';
import { setWorded, t } from '../shared/i18n.ts';

export type AlertKind = 'done' | 'failed' | 'paused' | 'offline' | 'error';

export interface FarmAlert {
  id: number;
  serverId: string;
  kind: AlertKind;
  text: string;
  at: number;
}

export interface FarmAlertsState {
  alerts: readonly FarmAlert[];
}

export type FarmAlertsStore = StoreApi<FarmAlertsState> & {
  note(serverId: string, name: string, event: EventPayload, now?: number): FarmAlert | null;
  dismiss(id: number): void;
};

/** Most alerts held: older ones drop off (each also went to the browser's notifications, if allowed). */
const MAX_ALERTS = 20;

const KINDS: Record<string, AlertKind> = {
  PrintDone: 'done',
  PrintFailed: 'failed',
  PrintPaused: 'paused',
  Disconnected: 'offline',
  Error: 'error',
};

function words(kind: AlertKind, name: string, payload: Record<string, unknown> | null): string {
  const file = typeof payload?.name === 'string' ? ` ${payload.name}` : '';
  switch (kind) {
    case 'done':
      return t('farmAlert.done', { name, file });
    case 'failed':
      return t('farmAlert.failed', { name, file });
    case 'paused':
      return t('farmAlert.paused', { name, file });
    case 'offline':
      return t('farmAlert.offline', { name });
    default:
      return `${t('farmAlert.error', { name })}${typeof payload?.error === 'string' ? `: ${payload.error}` : ''}`;
  }
}

export function createFarmAlertsStore(): FarmAlertsStore {
  const store = createStore<FarmAlertsState>()(() => ({ alerts: [] }));
  let nextId = 1;
  return Object.assign(store, {
    note(serverId: string, name: string, event: EventPayload, now = Date.now()) {
      const kind = KINDS[event.type];
      if (!kind) return null;
      const alert = { id: nextId++, serverId, kind, at: now } as FarmAlert;
      // Worded when read: an alert already on screen follows a language change.
      setWorded(alert, 'text', () => words(kind, name, event.payload));
      store.setState((s) => ({ alerts: [...s.alerts, alert].slice(-MAX_ALERTS) }));
      return alert;
    },
    dismiss(id: number) {
      store.setState((s) => ({ alerts: s.alerts.filter((a) => a.id !== id) }));
    },
  });
}
