import { describe, expect, it } from 'vitest';
import { createPrintNotices, type PrintNotice } from './print-notices.ts';

function setup() {
  let t = 1_000_000;
  const shown: PrintNotice[] = [];
  const n = createPrintNotices(
    () => 'Prusa',
    (x) => shown.push(x),
    () => t,
  );
  const ev = (type: string, payload: Record<string, unknown> | null = null) => n.onEvent({ type, payload });
  return { n, shown, ev, advance: (ms: number) => (t += ms) };
}

describe('print notices', () => {
  it('a finished print, once, even when the event comes twice', () => {
    const { shown, ev } = setup();
    ev('PrintStarted', { name: 'cube.gcode' });
    ev('PrintDone', { name: 'cube.gcode', time: 60 });
    ev('PrintDone', { name: 'cube.gcode', time: 60 });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: 'done', title: 'Prusa: print finished' });
    expect(shown[0]?.body).toContain('cube.gcode');
  });

  it('a failure, and not the disconnect that follows it; a cancel says nothing', () => {
    const { shown, ev } = setup();
    ev('PrintStarted', { name: 'a.gcode' });
    ev('PrintFailed', { name: 'a.gcode', reason: 'error' });
    ev('Error', { error: 'Thermal runaway' });
    ev('Disconnected');
    expect(shown.map((s) => s.kind)).toEqual(['failed']);
    ev('PrintStarted', { name: 'b.gcode' });
    ev('PrintCancelled', { name: 'b.gcode' });
    ev('PrintFailed', { name: 'b.gcode', reason: 'cancelled' });
    expect(shown.map((s) => s.kind)).toEqual(['failed']);
  });

  it('a pause for the user, each time the print pauses', () => {
    const { shown, ev, advance } = setup();
    ev('PrintStarted', { name: 'c.gcode' });
    ev('PrintPaused', { name: 'c.gcode' });
    ev('PrintResumed', { name: 'c.gcode' });
    advance(5_000);
    ev('PrintPaused', { name: 'c.gcode' });
    expect(shown.map((s) => s.kind)).toEqual(['paused', 'paused']);
  });

  it('the printer disconnecting during a print (OctoPrint cancels the job first), once', () => {
    const { shown, ev } = setup();
    ev('PrintStarted', { name: 'd.gcode' });
    ev('PrintCancelled', { name: 'd.gcode' });
    ev('PrintFailed', { name: 'd.gcode', reason: 'cancelled' });
    ev('Disconnecting');
    ev('Disconnected');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: 'disconnected', title: 'Prusa: printer disconnected' });
  });

  it('a page opened mid-print learns of the print from the state; an idle disconnect says nothing', () => {
    const { n, shown, ev, advance } = setup();
    ev('Disconnected');
    expect(shown).toHaveLength(0);
    n.onPrinting(true);
    advance(20_000);
    ev('Disconnected');
    expect(shown.map((s) => s.kind)).toEqual(['disconnected']);
  });

  it('a cancel long before a disconnect is no disconnect during a print', () => {
    const { shown, ev, advance } = setup();
    ev('PrintStarted', { name: 'e.gcode' });
    ev('PrintFailed', { name: 'e.gcode', reason: 'cancelled' });
    advance(60_000);
    ev('Disconnected');
    expect(shown).toHaveLength(0);
  });
});
