// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../../shared/i18n.ts';
import type { FarmConnection } from '../../store/farm-connection.ts';
import { createFarmPrinterStore } from '../../store/farm-printer-store.ts';
import { SparkSeries } from '../../store/farm-spark.ts';
import { waitReasonText } from '../../store/wait-reason.ts';
import { FarmCard } from './farm-card.tsx';

afterEach(cleanup);

function setup() {
  // jsdom has no 2D canvas: the sparkline then draws nothing, which is what it does for a zero-size canvas too.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const conn = {
    store: createFarmPrinterStore(),
    spark: new SparkSeries(),
    socket: {},
    rest: {},
    start() {},
    dispose() {},
  } as unknown as FarmConnection;
  let renders = 0;
  const onOpen = vi.fn();
  const onInView = vi.fn();
  const view = render(
    <Profiler id="card" onRender={() => renders++}>
      <FarmCard
        id="a"
        savedName="Saved <b>name</b>"
        conn={conn}
        selected={false}
        focusable
        onOpen={onOpen}
        onSelect={() => {}}
        onFocus={() => {}}
        onInView={onInView}
      />
    </Profiler>,
  );
  return { conn, onOpen, onInView, unmount: view.unmount, renders: () => renders };
}

describe('FarmCard', () => {
  it('shows the saved name as text until the server names itself, and the print', () => {
    const { conn } = setup();
    expect(screen.getByRole('heading').textContent).toBe('Saved <b>name</b>');
    act(() =>
      conn.store.setState({
        link: 'ready',
        name: 'Prusa',
        kind: 'printing',
        stateText: 'Printing',
        file: 'cube.gcode',
        completion: 42,
        printTimeLeft: 600,
        heaters: [{ id: 'tool0', actual: 209.8, target: 210 }],
      }),
    );
    expect(screen.getByRole('heading').textContent).toBe('Prusa');
    expect(screen.getByTestId('completion').textContent).toBe('42 %');
    expect(screen.getByTestId('left').textContent).toBe('10 min left');
    expect(screen.getByTestId('actual').textContent).toBe('209.8');
  });

  it('a refused key says so on the card', () => {
    const { conn } = setup();
    act(() => conn.store.setState({ link: 'auth-failed' }));
    expect(screen.getByTestId('link').textContent).toBe('Key or login refused');
    expect(screen.getByTestId('state').textContent).toContain('API key was refused');
  });

  it('a card that leaves the page (filtered out, the farm view left) reports itself out of view', () => {
    const { onInView, unmount } = setup();
    // jsdom has no IntersectionObserver: a card counts as in view, so nothing is starved.
    expect(onInView).toHaveBeenLastCalledWith('a', true);
    unmount();
    expect(onInView).toHaveBeenLastCalledWith('a', false);
  });

  it('sparkline points and unchanged values never render the card', () => {
    const { conn, renders } = setup();
    const before = renders();
    act(() => {
      conn.spark.append([{ time: 1, heaters: { tool0: { actual: 20, target: 0 } } }]);
      conn.spark.draw();
      conn.store.setState({ heaters: conn.store.getState().heaters });
    });
    expect(renders()).toBe(before);
    act(() => conn.store.setState({ completion: 5 }));
    expect(renders()).toBe(before + 1);
  });
});

describe('FarmCard in a new language', () => {
  afterEach(() => activateLocale('en'));

  it('re-words itself though its props did not change, the link reason included', async () => {
    const { conn } = setup();
    const why = { closed: 'Cannot connect to server', attempt: 2, brief: 0, livedMs: null };
    act(() => conn.store.setState({ link: 'backoff', linkReason: () => waitReasonText(why) }));
    const link = screen.getByTestId('link');
    expect(link.textContent).toBe('Server unreachable because the server cannot be reached (attempt 2)');
    await act(() => activateLocale('de'));
    expect(link.textContent).toBe('Server nicht erreichbar, weil der Server nicht erreichbar ist (Versuch 2)');
  });
});
