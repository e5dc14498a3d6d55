// Snapshot builders from what a real OctoPrint 1.11.8 pushed (fixtures/octoprint-1.11.8), run through the app's own
// parser, so a test starts from a true `current` and changes only what it is about (tests only).
import { readFileSync } from 'node:fs';
import { parseMessage } from '../octoprint/parse.ts';
import type { StateSnapshot } from '../octoprint/types.ts';

/** A recorded fixture file, parsed as JSON. */
export function readFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/octoprint-1.11.8/${name}`, import.meta.url), 'utf8')) as T;
}

let cached: StateSnapshot[] | null = null;

/** Every `current` of the recorded session 1 (idle, two prints, cancels), parsed. */
export function recordedCurrents(): StateSnapshot[] {
  cached ??= readFixture<{ messages: { msg: unknown }[] }>('socket-session1-currents.json').messages.flatMap(
    ({ msg }) => {
      const r = parseMessage(msg);
      return r.ok && !r.message.unknown && r.message.key === 'current' ? [r.message.data] : [];
    },
  );
  return cached;
}

/** The first recorded `current` whose printer state text is `text` ('Operational', 'Printing'...), with `patch` on top. */
export function recordedCurrent(text: string, patch: Partial<StateSnapshot> = {}): StateSnapshot {
  const found = recordedCurrents().find((c) => c.state.text === text);
  if (!found) throw new Error(`no recorded current in state ${text}`);
  return { ...structuredClone(found), ...patch };
}
