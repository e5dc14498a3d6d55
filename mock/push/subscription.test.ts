// The subscription as sockjs.py parses it: replace-all, left-out parts off, state true = logs only, history on change.
import { describe, expect, it } from 'vitest';
import { Subscription } from './subscription.ts';

describe('Subscription', () => {
  it('lets everything through until the first subscribe', () => {
    const s = new Subscription();
    expect(s.wantsState).toBe(true);
    expect(s.wantsEvent('Home')).toBe(true);
    expect(s.wantsPlugin('x')).toBe(true);
    expect(s.filter('messages', ['a'])).toEqual(['a']);
  });

  it('turns left-out parts off and replaces the whole subscription each time', () => {
    const s = new Subscription();
    expect(s.update({ events: true })).toEqual({ history: false, stopped: false });
    expect(s.wantsState).toBe(false);
    expect(s.wantsPlugin('action_command_prompt')).toBe(false);
    expect(s.wantsEvent('Home')).toBe(true);
    s.update({ plugins: ['a'], state: true });
    expect(s.wantsEvent('Home')).toBe(false);
    expect(s.wantsPlugin('a')).toBe(true);
    expect(s.wantsPlugin('b')).toBe(false);
  });

  it('reads state true as logs on, messages off, and a dict without logs/messages as both off', () => {
    const s = new Subscription();
    s.update({ state: true });
    expect(s.filter('logs', ['l'])).toEqual(['l']);
    expect(s.filter('messages', ['m'])).toEqual([]);
    s.update({ state: {} });
    expect(s.filter('logs', ['l'])).toEqual([]);
    s.update({ state: { logs: '^Send:' } });
    expect(s.filter('logs', ['Send: G28', 'Recv: ok'])).toEqual(['Send: G28']);
  });

  it('asks for a history only when the state part is on and differs from the last one', () => {
    const s = new Subscription();
    expect(s.update({ state: { logs: false, messages: false } }).history).toBe(true);
    expect(s.update({ state: { logs: false, messages: false }, events: true }).history).toBe(false);
    expect(s.update({ state: true }).history).toBe(true);
    expect(s.update({ state: { logs: true, messages: false } }).history).toBe(false);
    expect(s.update({ state: { logs: 'x' } }).history).toBe(true);
    expect(s.update({ state: { logs: 'x' } }).history).toBe(false);
    expect(s.update({ events: true })).toEqual({ history: false, stopped: true });
    expect(s.update({ state: { logs: 'x' } }).history).toBe(true);
  });

  it('ignores an invalid subscribe but counts it as the first one', () => {
    const s = new Subscription();
    s.update({ state: true, events: 'all' });
    expect(s.active).toBe(true);
    expect(s.wantsState).toBe(false);
    s.update({ state: true });
    s.update({ state: { logs: '(' } });
    expect(s.filter('logs', ['l'])).toEqual(['l']);
    s.update({ plugins: null, state: true });
    expect(s.wantsPlugin('a')).toBe(false);
  });

  it('sends nothing for a state that is neither a boolean nor a dict (the server fails to filter with it)', () => {
    const s = new Subscription();
    expect(s.update({ state: 'yes' }).history).toBe(true);
    expect(s.wantsState).toBe(false);
  });
});
