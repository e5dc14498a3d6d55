import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activateLocale } from '../shared/i18n.ts';
import { createActivityStore } from './activity-store.ts';
import { applyEvent, loadEventWords } from './apply-event.ts';

// The event words are a chunk of their own (apply-event.ts): loaded first, so events are worded as they come.
beforeAll(() => loadEventWords());

describe('feed lines and toasts already shown', () => {
  afterEach(() => activateLocale('en'));

  it('are worded again in the language chosen after they came; the server’s words stay as sent', async () => {
    const store = createActivityStore();
    applyEvent(store, { type: 'PrintFailed', payload: { name: 'cube.gcode', reason: 'error' } }, 1000);
    const { feed, toasts } = store.getState();
    const english = { line: feed[0]?.text, title: toasts[0]?.title };
    expect(english.line).toMatch(/cube\.gcode/);
    await activateLocale('de');
    expect(feed[0]?.text).not.toBe(english.line);
    expect(feed[0]?.text).toMatch(/cube\.gcode/);
    expect(toasts[0]?.title).not.toBe(english.title);
    expect(toasts[0]?.title).toBe('Druck fehlgeschlagen');
    await activateLocale('en');
    expect(feed[0]?.text).toBe(english.line);
    // A JSON copy (a test snapshot, a log) holds the text as read.
    expect(JSON.parse(JSON.stringify(feed[0]))).toMatchObject({ text: english.line, type: 'PrintFailed' });
  });
});
