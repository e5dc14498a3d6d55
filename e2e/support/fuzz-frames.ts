// A seeded generator of hostile push frames: invalid JSON, wrong types, nulls, arrays where objects belong, deep
// nesting, multi-megabyte strings, __proto__ / constructor keys and unknown types, in every known message type.

export type FuzzKind =
  | 'invalid-json'
  | 'wrong-type'
  | 'nulls'
  | 'array-for-object'
  | 'deep'
  | 'huge'
  | 'proto'
  | 'unknown-type'
  | 'bad-time';

export interface FuzzFrame {
  kind: FuzzKind;
  text: string;
}

const TYPES = [
  'connected',
  'current',
  'history',
  'event',
  'slicingProgress',
  'plugin',
  'reauthRequired',
  'timelapse',
  'throttle',
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** mulberry32: small, fast, good enough to make the same frames for the same seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

const WRONG: unknown[] = [42, -1, 1e308, 'text', '', true, false, [], [1, 'a', null], {}, { a: { b: 1 } }];

function wrongValue(r: () => number): unknown {
  return pick(r, WRONG);
}

/** A `current`-shaped body whose fields all have the wrong type or are null. */
function brokenSnapshot(r: () => number, nulls: boolean): Record<string, unknown> {
  const v = () => (nulls ? null : wrongValue(r));
  return {
    state: r() < 0.5 ? v() : { text: v(), flags: v(), error: v() },
    job: r() < 0.5 ? v() : { file: v(), estimatedPrintTime: v(), filament: v(), user: v() },
    progress: r() < 0.5 ? v() : { completion: v(), printTime: v(), printTimeLeft: v(), filepos: v() },
    temps: r() < 0.5 ? v() : [v(), { time: v(), tool0: v(), bed: { actual: v(), target: v() } }],
    logs: v(),
    messages: v(),
    markings: v(),
    currentZ: v(),
    offsets: v(),
    serverTime: v(),
    busyFiles: v(),
  };
}

function payloadFor(type: string, r: () => number, nulls: boolean): unknown {
  const v = () => (nulls ? null : wrongValue(r));
  switch (type) {
    case 'current':
    case 'history':
      return brokenSnapshot(r, nulls);
    case 'connected':
      return {
        version: v(),
        display_version: v(),
        plugin_hash: v(),
        config_hash: v(),
        apikey: v(),
        safe_mode: v(),
        online: v(),
        permissions: v(),
      };
    case 'event':
      return r() < 0.5 ? v() : { type: v(), payload: v() };
    case 'plugin':
      return r() < 0.5 ? v() : { plugin: v(), data: v() };
    case 'slicingProgress':
      return { slicer: v(), source_location: v(), source_path: v(), dest_path: v(), progress: v() };
    default:
      return v();
  }
}

function deep(depth: number, r: () => number): string {
  const open = r() < 0.5 ? '[' : '{"a":';
  const close = open === '[' ? ']' : '}';
  return `{"${pick(r, TYPES)}":${open.repeat(depth)}1${close.repeat(depth)}}`;
}

function proto(r: () => number): string {
  const key = pick(r, HOSTILE_KEYS);
  const polluter = `{"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}},"constructor":{"prototype":{"polluted":"yes"}}}`;
  const choices = [
    `{"${key}":${polluter}}`,
    `{"current":${polluter}}`,
    `{"history":${polluter}}`,
    `{"event":{"type":"${key}","payload":${polluter}}}`,
    `{"event":{"type":"PrintStarted","payload":${polluter}}}`,
    `{"plugin":{"plugin":"${key}","data":${polluter}}}`,
    `{"connected":${polluter}}`,
    `{"slicingProgress":${polluter}}`,
  ];
  return pick(r, choices);
}

function invalidJson(r: () => number): string {
  const valid = JSON.stringify({ [pick(r, TYPES)]: { state: { text: 'Printing' }, temps: [] } });
  const cut = Math.floor(r() * (valid.length - 1));
  return pick(r, [
    valid.slice(0, cut),
    `${valid}}`,
    `{"current": {'state': 1}}`,
    'undefined',
    'NaN',
    '{"a":1,}',
    '\u0000\u0001',
    '[[[[',
    '}{',
  ]);
}

/** `count` frames; `hugeEvery` puts one multi-megabyte frame every that many (they are costly to send). */
export function fuzzFrames(count: number, seed = 11, hugeEvery = 250, hugeMb = 5): FuzzFrame[] {
  const r = seeded(seed);
  const kinds: FuzzKind[] = [
    'invalid-json',
    'wrong-type',
    'nulls',
    'array-for-object',
    'deep',
    'proto',
    'unknown-type',
  ];
  const big = 'x'.repeat(hugeMb * 1024 * 1024);
  const out: FuzzFrame[] = [];
  for (let i = 0; i < count; i++) {
    if (hugeEvery > 0 && i % hugeEvery === hugeEvery - 1) {
      const at = pick(r, [
        `{"current":{"state":{"text":"${big}","flags":"${big}"}}}`,
        `{"event":{"type":"${big}","payload":{"name":"${big}"}}}`,
        `{"plugin":{"plugin":"action_command_notification","data":{"message":42,"pad":"${big}"}}}`,
        `{"current":"${big}"}`,
        `{"${big}":1}`,
      ]);
      out.push({ kind: 'huge', text: at });
      continue;
    }
    const kind = kinds[i % kinds.length] as FuzzKind;
    const type = pick(r, TYPES);
    let text: string;
    switch (kind) {
      case 'invalid-json':
        // As a JSON string inside the SockJS frame, the way a server would send broken text: sockjs-client hands it
        // over and the page's parser must refuse it. (A raw broken SockJS frame is dropped by sockjs-client itself.)
        text = JSON.stringify(invalidJson(r));
        break;
      case 'wrong-type':
        text = JSON.stringify({ [type]: payloadFor(type, r, false) });
        break;
      case 'nulls':
        text = JSON.stringify(r() < 0.3 ? { [type]: null } : { [type]: payloadFor(type, r, true) });
        break;
      case 'array-for-object':
        text = JSON.stringify(r() < 0.5 ? { [type]: [payloadFor(type, r, false)] } : [{ [type]: {} }]);
        break;
      case 'deep':
        text = deep(2_000 + Math.floor(r() * 8_000), r);
        break;
      case 'proto':
        text = proto(r);
        break;
      default:
        text = JSON.stringify({ [`future_${Math.floor(r() * 1e6)}`]: { nested: { list: [1, 2, 3] } } });
    }
    out.push({ kind, text });
  }
  return out;
}

/**
 * `current`s whose one reading is at a time no clock has (far ahead, ten years on, far behind, before 1970): each would
 * read as a step of the server's clock, and a step back restarts the chart. They must be left out, losing nothing.
 */
export function badTimeFrames(): FuzzFrame[] {
  return [1e308, 2_000_000_000 + 10 * 365 * 86_400, 42, -1].map((time) => ({
    kind: 'bad-time',
    text: JSON.stringify({
      current: {
        state: { text: 'Operational', flags: { operational: true, ready: true } },
        temps: [{ time, bed: { actual: 55.5, target: 60 } }],
      },
    }),
  }));
}
