import { describe, expect, it } from 'vitest';
import { createDashboardStore } from './dashboard-store.ts';
import { linkDown, statusKind } from './status-kind.ts';

const base = createDashboardStore().getState();
const live = { ...base, link: { ...base.link, state: 'ready' as const } };
type Flags = typeof base.printer.flags;
/** The printer as a `current` would leave it: `flags` on top of an operational printer. */
const printer = (p: Partial<Omit<typeof base.printer, 'flags'>>, flags: Partial<Flags> = {}) => ({
  ...live,
  printer: { ...base.printer, ...p, flags: { ...base.printer.flags, operational: true, ...flags } },
});

describe('statusKind', () => {
  it('names the state the chip and the progress bar colour', () => {
    expect(statusKind(printer({ text: 'Printing' }, { printing: true }))).toBe('printing');
    expect(statusKind(printer({ text: 'Paused' }, { paused: true }))).toBe('paused');
    expect(statusKind(printer({ text: 'Operational' }))).toBe('ready');
    expect(statusKind(printer({ text: 'Offline', off: true }, { operational: false }))).toBe('offline');
    expect(
      statusKind(printer({ text: 'Offline after error', off: true, error: 'Thermal runaway' }, { operational: false })),
    ).toBe('error');
  });

  it('is offline while the link is down, whatever the last state was, and only then offers Retry', () => {
    const down = {
      ...printer({ text: 'Printing' }, { printing: true }),
      link: { ...base.link, state: 'backoff' as const },
    };
    expect(statusKind(down)).toBe('offline');
    expect(linkDown(down)).toBe(true);
    expect(linkDown(printer({ text: 'Printing' }, { printing: true }))).toBe(false);
  });
});
