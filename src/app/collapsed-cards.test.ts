import { describe, expect, it } from 'vitest';
import { createCollapsedCards } from './collapsed-cards.ts';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(initial));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('collapsed cards', () => {
  it('remembers a collapsed card on this device and forgets it when opened again', () => {
    const storage = memoryStorage();
    const a = createCollapsedCards(storage);
    a.toggle('files');
    expect(createCollapsedCards(storage).get().has('files')).toBe(true);
    a.toggle('files');
    expect(createCollapsedCards(storage).get().has('files')).toBe(false);
  });

  it('starts with every card open when the stored value is not a list of names', () => {
    expect(createCollapsedCards(memoryStorage({ 'octoprint-live.collapsed-cards': '{"files":true}' })).get().size).toBe(
      0,
    );
    expect(createCollapsedCards(memoryStorage({ 'octoprint-live.collapsed-cards': 'not json' })).get().size).toBe(0);
    expect(createCollapsedCards(null).get().size).toBe(0);
  });
});
