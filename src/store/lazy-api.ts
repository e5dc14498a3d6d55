// An object of async methods whose module loads on the first call, or when the page is first idle: its code stays out
// of the page's first script without changing a caller.
import { whenIdle } from '../shared/when-idle.ts';

/** `T`'s methods must all return promises: each call waits for `load` (made once), then calls the loaded one. */
export function lazyApi<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | null = null;
  // A failed load (a dropped connection, a new build's chunks) is tried again by the next call, not kept.
  const get = () =>
    (loaded ??= load().catch((err: unknown) => {
      loaded = null;
      throw err;
    }));
  // Fetched while nothing else is going on, so the first click does not wait for the network.
  whenIdle(() => void get().catch(() => undefined), 5000);
  const methods: Record<PropertyKey, unknown> = {};
  return new Proxy(methods, {
    get(target, key) {
      if (key in target) return target[key];
      // Not a thenable: `await api` or a promise resolved with it must not call a method named `then`.
      if (typeof key !== 'string' || key === 'then') return undefined;
      const fn = (...args: unknown[]) =>
        get().then((api) => (api as Record<string, (...a: unknown[]) => unknown>)[key]?.(...args));
      target[key] = fn;
      return fn;
    },
  }) as T;
}
