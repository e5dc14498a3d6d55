// OctoPrint's printer states: the state_id used in PrinterStateChanged, its text, and the flags seen for it.

export type StateId =
  | 'OFFLINE'
  | 'OPEN_SERIAL'
  | 'CONNECTING'
  | 'OPERATIONAL'
  | 'STARTING'
  | 'PRINTING'
  | 'PAUSING'
  | 'PAUSED'
  | 'RESUMING'
  | 'CANCELLING'
  | 'FINISHING'
  | 'ERROR'
  | 'CLOSED_WITH_ERROR';

export const STATE_TEXT: Record<StateId, string> = {
  OFFLINE: 'Offline',
  OPEN_SERIAL: 'Opening serial connection',
  CONNECTING: 'Connecting',
  OPERATIONAL: 'Operational',
  STARTING: 'Starting',
  PRINTING: 'Printing',
  PAUSING: 'Pausing',
  PAUSED: 'Paused',
  RESUMING: 'Resuming',
  CANCELLING: 'Cancelling',
  FINISHING: 'Finishing',
  ERROR: 'Error',
  CLOSED_WITH_ERROR: 'Offline after error',
};

export interface StateFlags {
  operational: boolean;
  printing: boolean;
  cancelling: boolean;
  pausing: boolean;
  resuming: boolean;
  finishing: boolean;
  closedOrError: boolean;
  error: boolean;
  paused: boolean;
  ready: boolean;
  sdReady: boolean;
}

const TRUE_FLAGS: Record<StateId, (keyof StateFlags)[]> = {
  OFFLINE: ['closedOrError'],
  OPEN_SERIAL: [],
  CONNECTING: [],
  OPERATIONAL: ['operational', 'ready', 'sdReady'],
  STARTING: ['operational', 'printing', 'sdReady'],
  PRINTING: ['operational', 'printing', 'sdReady'],
  PAUSING: ['operational', 'printing', 'pausing', 'sdReady'],
  PAUSED: ['operational', 'paused', 'sdReady'],
  RESUMING: ['operational', 'printing', 'resuming', 'sdReady'],
  CANCELLING: ['operational', 'printing', 'cancelling', 'sdReady'],
  FINISHING: ['operational', 'printing', 'finishing', 'sdReady'],
  // Observed: "Offline after error" has closedOrError but not error; the message is in state.error.
  ERROR: ['closedOrError', 'error'],
  CLOSED_WITH_ERROR: ['closedOrError'],
};

/** The flags object in OctoPrint's key order (docs/octoprint-observed.md §4). */
export function flagsOf(id: StateId): StateFlags {
  const on = TRUE_FLAGS[id];
  const f = (k: keyof StateFlags) => on.includes(k);
  return {
    operational: f('operational'),
    printing: f('printing'),
    cancelling: f('cancelling'),
    pausing: f('pausing'),
    resuming: f('resuming'),
    finishing: f('finishing'),
    closedOrError: f('closedOrError'),
    error: f('error'),
    paused: f('paused'),
    ready: f('ready'),
    sdReady: f('sdReady'),
  };
}

/** The states in which OctoPrint has a serial link to the printer. */
export const CONNECTED_STATES: StateId[] = [
  'OPERATIONAL',
  'STARTING',
  'PRINTING',
  'PAUSING',
  'PAUSED',
  'RESUMING',
  'CANCELLING',
  'FINISHING',
];
