// The command line's ↑/↓ history: newest last, no immediate repeats, bounded.
export const HISTORY_MAX = 100;

export function pushHistory(history: readonly string[], line: string): string[] {
  const next = history[history.length - 1] === line ? [...history] : [...history, line];
  return next.slice(-HISTORY_MAX);
}

/** Moves through history: `index` null = the fresh line; returns the new index and the text to show. */
export function browse(
  history: readonly string[],
  index: number | null,
  dir: -1 | 1,
): { index: number | null; text: string | null } {
  if (history.length === 0) return { index: null, text: null };
  if (dir === -1) {
    const i = index === null ? history.length - 1 : Math.max(0, index - 1);
    return { index: i, text: history[i] ?? '' };
  }
  if (index === null) return { index: null, text: null };
  const i = index + 1;
  return i >= history.length ? { index: null, text: '' } : { index: i, text: history[i] ?? '' };
}
