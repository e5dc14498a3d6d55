import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPrinter, testServices } from '../testing/services.ts';
import { profileTargets, sendJob, setTargets } from './confirmed-commands.ts';

afterEach(() => vi.useRealTimers());

describe('confirmed commands', () => {
  it('takes a profile per heater kind, and 0 for every heater when there is none', () => {
    const ids = ['tool0', 'tool1', 'bed', 'chamber', 'other'];
    expect(profileTargets(ids, { extruder: 210, bed: 60, chamber: null })).toEqual({ tool0: 210, tool1: 210, bed: 60 });
    expect(profileTargets(ids, null)).toEqual({ tool0: 0, tool1: 0, bed: 0, chamber: 0, other: 0 });
  });

  it('a job command is done when the pushed flags show it, not when the server answers', async () => {
    const { services, rest } = testServices();
    let done = false;
    const sent = sendJob(services, 'pause').then(() => (done = true));
    await vi.waitFor(() => expect(rest.sent.map((r) => r.path)).toEqual(['/api/job']));
    await Promise.resolve();
    expect(done).toBe(false);
    setPrinter(services, { flags: { ...services.dashboard.getState().printer.flags, paused: true } });
    await sent;
    expect(done).toBe(true);
  });

  it('heater targets fail after the timeout when the push never shows them', async () => {
    vi.useFakeTimers();
    const { services } = testServices();
    const set = setTargets(services, { bed: 60 }, 'bed at 60', 1000);
    const failed = expect(set).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
  });
});
