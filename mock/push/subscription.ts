// A socket's subscription ({"subscribe": ...}) as OctoPrint 1.11.8's sockjs.py keeps it: before the first
// subscribe everything flows; afterwards each subscribe replaces the whole subscription, parts left out are off.

type Filter = boolean | RegExp;

/** The state part: false (no current/history), or which terminal lines the state messages carry. */
export type StatePart = false | { logs: Filter; messages: Filter } | 'broken';

/** OctoPrint compiles a string with Python's re; a pattern JavaScript cannot compile makes the subscribe invalid. */
function regexOrBoolean(v: unknown): Filter {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return new RegExp(v);
  throw new Error('value must be a string or boolean');
}

/** `true` = all (null), `false` = none ([]), a list = only those. */
function listOrBoolean(v: unknown): string[] | null {
  if (Array.isArray(v)) return v.filter((e): e is string => typeof e === 'string');
  if (typeof v === 'boolean') return v ? null : [];
  throw new Error('value must be a list or boolean');
}

function parseState(v: unknown): StatePart {
  if (v === false) return false;
  if (v === true) return { logs: true, messages: false };
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const s = v as Record<string, unknown>;
    return { logs: regexOrBoolean(s.logs ?? false), messages: regexOrBoolean(s.messages ?? false) };
  }
  // The server stores any other value as it is; it is truthy, and filtering lines with it raises, so neither a
  // history nor a current ever goes out (a number or a string); null and 0 are falsy, so they mean off.
  return v ? 'broken' : false;
}

const sameFilter = (a: Filter, b: Filter) =>
  a instanceof RegExp && b instanceof RegExp ? a.source === b.source && a.flags === b.flags : a === b;

function sameState(a: StatePart, b: StatePart): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return a === b;
  return sameFilter(a.logs, b.logs) && sameFilter(a.messages, b.messages);
}

export interface SubscribeOutcome {
  /** The state part is on and differs from the last one: the server sends a history. */
  history: boolean;
  /** The state part went from on to off: the next state-on subscribe starts with a history again. */
  stopped: boolean;
}

export class Subscription {
  /** False until the socket's first subscribe (even an invalid one): until then everything flows unfiltered. */
  active = false;
  state: StatePart = false;
  events: string[] | null = [];
  plugins: string[] | null = [];

  /** Applies a subscribe message; an invalid one changes nothing but still switches subscriptions on. */
  update(value: unknown): SubscribeOutcome {
    this.active = true;
    const none = { history: false, stopped: false };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return none;
    const v = value as Record<string, unknown>;
    let state: StatePart;
    let plugins: string[] | null;
    let events: string[] | null;
    try {
      // dict.get(key, default): only a missing key takes the default; null is a value (and invalid for lists).
      state = parseState('state' in v ? v.state : false);
      plugins = listOrBoolean('plugins' in v ? v.plugins : []);
      events = listOrBoolean('events' in v ? v.events : []);
    } catch {
      return none;
    }
    const old = this.state;
    this.state = state;
    this.plugins = plugins;
    this.events = events;
    return { history: !!state && !sameState(state, old), stopped: !!old && !state };
  }

  /** Whether `current`/`history` go out at all. */
  get wantsState(): boolean {
    return !this.active || (!!this.state && this.state !== 'broken');
  }

  wantsEvent(type: string): boolean {
    return !this.active || this.events === null || this.events.includes(type);
  }

  wantsPlugin(id: string): boolean {
    return !this.active || this.plugins === null || this.plugins.includes(id);
  }

  /** The log or message lines this subscription lets through (all of them before the first subscribe). */
  filter(kind: 'logs' | 'messages', lines: string[]): string[] {
    if (!this.active) return lines;
    if (typeof this.state !== 'object' || !this.state) return [];
    const f = this.state[kind];
    if (f === true) return lines;
    if (f === false) return [];
    return lines.filter((l) => f.test(l));
  }
}
