import { describe, expect, it, vi } from 'vitest';
import { lazyApi } from './lazy-api.ts';

interface Api {
  add(a: number, b: number): Promise<number>;
  fail(): Promise<void>;
}

const real: Api = {
  add: (a, b) => Promise.resolve(a + b),
  fail: () => Promise.reject(new Error('refused')),
};

describe('lazyApi', () => {
  it('loads once and hands each call and its answer through', async () => {
    const load = vi.fn(() => Promise.resolve(real));
    const api = lazyApi<Api>(load);
    expect(await api.add(2, 3)).toBe(5);
    expect(await api.add(1, 1)).toBe(2);
    await expect(api.fail()).rejects.toThrow('refused');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is not a thenable, keeps one function per method, and lets a test replace a method', async () => {
    const api = lazyApi<Api>(() => Promise.resolve(real));
    expect(await Promise.resolve(api)).toBe(api);
    expect(api.add).toBe(api.add);
    const spy = vi.spyOn(api, 'add').mockResolvedValue(42);
    expect(await api.add(1, 2)).toBe(42);
    expect(spy).toHaveBeenCalledWith(1, 2);
  });

  it('gives a failed load to the call that waited for it, and loads again for the next call', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(real);
    const api = lazyApi<Api>(load);
    await expect(api.add(1, 2)).rejects.toThrow('offline');
    expect(await api.add(1, 2)).toBe(3);
  });
});
