// A chunk's import that survives a dropped network: it waits until the browser is online, then tries again.
const DELAYS_MS = [250, 1000, 2000, 4000, 8000];

const online = (): Promise<void> =>
  typeof navigator === 'undefined' || navigator.onLine
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads with `load`, trying again after each failure (once online, after a growing pause); the last failure is
 * thrown. The cards and controls load after the first data, so a link that drops just then must not take the page
 * down with "Failed to fetch dynamically imported module" (the browser fetches a failed module again on a new import).
 */
export async function retryImport<T>(load: () => Promise<T>, delays: readonly number[] = DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (err) {
      const pause = delays[attempt];
      if (pause === undefined) throw err;
      await online();
      await wait(pause);
    }
  }
}
