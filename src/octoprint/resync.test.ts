import { describe, expect, it, vi } from 'vitest';
import { FULL_SUBSCRIPTION, requestHistory } from './resync.ts';

describe('requestHistory', () => {
  it('re-sends the subscription (or the full default) only while ready', () => {
    const sendMessage = vi.fn(() => true);
    expect(requestHistory({ state: 'ready', options: { subscription: null }, sendMessage })).toBe(true);
    expect(sendMessage).toHaveBeenLastCalledWith('subscribe', FULL_SUBSCRIPTION);
    const own = { state: { logs: false, messages: false }, events: true };
    requestHistory({ state: 'ready', options: { subscription: own }, sendMessage });
    expect(sendMessage).toHaveBeenLastCalledWith('subscribe', own);
    expect(requestHistory({ state: 'backoff', options: { subscription: null }, sendMessage })).toBe(false);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});
