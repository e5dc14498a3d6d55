// Shapes the virtual printer produces: the same JSON OctoPrint 1.11.8 puts into current/history (docs/octoprint-observed.md §4-5).

export interface TempPointJson {
  time: number;
  [heater: string]: number | { actual: number | null; target: number | null };
}

export interface MarkingJson {
  type: string;
  label: string;
  time: number;
}

export interface PrinterEvents {
  /** Something in the snapshot changed: a `current` is due. */
  change: [];
  temp: [TempPointJson];
  log: [string];
  message: [string];
  event: [string, Record<string, unknown> | null];
  plugin: [string, unknown];
  /** Other non-event push messages (e.g. slicingProgress): held for unauthenticated sockets like plugin messages. */
  'message-type': [string, unknown];
}

/** The virtual printer's options: speed, heaters, seed, the history's cutoff and the report interval. */
export interface PrinterOptions {
  speed: number;
  tools: number;
  seed: number;
  cutoffMinutes: number;
  /** Printer seconds between temperature reports (M155 S2 autoreport). */
  reportInterval: number;
}
