// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStore } from 'zustand';
import type { StateFlags } from '../octoprint/types.ts';
import { activateLocale, languageStore } from '../shared/i18n.ts';
import { renderWithServices } from '../testing/render.tsx';
import { needsIdle, useGate } from './use-gate.ts';

afterEach(async () => {
  cleanup();
  await activateLocale('en');
});

function Probe({ check }: { check: (f: StateFlags) => string | null }) {
  // As the app's root does: a new language renders every component again.
  useStore(languageStore, (s) => s.active);
  const gate = useGate('CONTROL', check);
  return <p data-testid="reason">{gate.reason ?? 'enabled'}</p>;
}

describe('useGate', () => {
  it('checks the printer state again only for new flags or a new language, not for each store change', async () => {
    const check = vi.fn(needsIdle);
    const { services } = renderWithServices(<Probe check={check} />);
    const flags = services.dashboard.getState().printer.flags;
    const calls = check.mock.calls.length;
    for (let i = 0; i < 20; i++) act(() => services.dashboard.setState({ lastUpdateAt: i }));
    expect(check.mock.calls.length).toBe(calls);
    expect(screen.getByTestId('reason').textContent).toBe('enabled');

    const printer = services.dashboard.getState().printer;
    act(() => services.dashboard.setState({ printer: { ...printer, flags: { ...flags, printing: true } } }));
    expect(check.mock.calls.length).toBe(calls + 1);
    expect(screen.getByTestId('reason').textContent).toMatch(/print/i);
    const english = screen.getByTestId('reason').textContent;

    await act(() => activateLocale('de'));
    expect(screen.getByTestId('reason').textContent).not.toBe(english);
  });
});
