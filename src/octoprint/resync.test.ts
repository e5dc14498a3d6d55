import { describe, expect, it, vi } from 'vitest';
import { alternateSubscription, FULL_SUBSCRIPTION, requestHistory } from './resync.ts';
import type { Subscription } from './socket-types.ts';

/** The server's comparison (sockjs.py): `true` state = logs on, messages off; missing dict keys = false. */
function serverState(sub: Subscription): string {
  const st = sub.state === true ? { logs: true, messages: false } : sub.state || null;
  return JSON.stringify(st && { logs: st.logs ?? false, messages: st.messages ?? false });
}

describe('requestHistory', () => {
  it('sends a state part that differs from the last one each time, so a strict server answers with a history', () => {
    const sent: Subscription[] = [];
    const target = {
      state: 'ready',
      options: {
        subscription: { state: { logs: false, messages: false }, events: true, plugins: true } as Subscription | null,
      },
      sendMessage: (_t: string, p: unknown) => (sent.push(p as Subscription), true),
    };
    let last = serverState(target.options.subscription as Subscription);
    for (let i = 0; i < 4; i++) {
      expect(requestHistory(target)).toBe(true);
      const now = serverState(sent[i] as Subscription);
      expect(now).not.toBe(last);
      last = now;
      // Events and plugins stay as they were: left-out parts would mean off.
      expect(sent[i]).toMatchObject({ events: true, plugins: true });
    }
    expect(sent[1]).toEqual({ state: { logs: false, messages: false }, events: true, plugins: true });
  });

  it('alternates forms that select the same lines', () => {
    expect(alternateSubscription({ state: { logs: true, messages: false } }).state).toEqual({
      logs: true,
      messages: '(?!)',
    });
    expect(alternateSubscription({ state: true }).state).toEqual({ logs: true, messages: '(?!)' });
    expect(alternateSubscription({ state: { logs: true, messages: true } }).state).toEqual({
      logs: true,
      messages: '^',
    });
    expect(alternateSubscription({ state: { messages: 'M10' } }).state).toEqual({ logs: false, messages: '(?:M10)' });
    expect(alternateSubscription({ state: { messages: '(?:M10)' } }).state).toEqual({ logs: false, messages: 'M10' });
  });

  it('sends the full default without a subscription, and nothing while not ready', () => {
    const sendMessage = vi.fn(() => true);
    expect(requestHistory({ state: 'ready', options: { subscription: null }, sendMessage })).toBe(true);
    expect(sendMessage).toHaveBeenLastCalledWith('subscribe', FULL_SUBSCRIPTION);
    expect(requestHistory({ state: 'backoff', options: { subscription: null }, sendMessage })).toBe(false);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
