// Runs work when the page is next idle (or after `timeoutMs` at the latest); a timer where idle callbacks do not exist.
export function whenIdle(fn: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 0);
}
