// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMessage } from '../../octoprint/parse.ts';
import type { StateSnapshot } from '../../octoprint/types.ts';
import { applySnapshots } from '../../store/apply-snapshot.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { JobDetails } from './job-details.tsx';
import { JobPanel } from './job-panel.tsx';

// jsdom gives import.meta.url an http scheme, so the recorded fixture is found from the repository root.
const FIXTURE = resolve(process.cwd(), 'fixtures/octoprint-1.11.8/socket-session1-currents.json');

const currents: StateSnapshot[] = (
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
    messages: { msg: unknown }[];
  }
).messages.flatMap(({ msg }) => {
  const r = parseMessage(msg);
  return r.ok && !r.message.unknown && r.message.key === 'current' ? [r.message.data] : [];
});

function setup() {
  const kit = testServices({ start: 'fresh' });
  const { services } = kit;
  let renders = 0;
  renderWithServices(
    <>
      <Profiler id="job" onRender={() => renders++}>
        <JobPanel />
      </Profiler>
      <JobDetails />
    </>,
    kit,
  );
  const apply = (c: StateSnapshot, now = 1_000_000) => act(() => applySnapshots(services.dashboard, [c], now));
  return { services, apply, renders: () => renders };
}

afterEach(cleanup);

describe('JobPanel', () => {
  it('shows file, percent, time left with its origin, and in the details filament and Z of a recorded print', () => {
    const { apply } = setup();
    const msg = currents.find((c) => c.progress.printTimeLeftOrigin === 'analysis');
    if (!msg) throw new Error('no analysed message in the fixture');
    apply(msg);
    expect(screen.getByTestId('job-file').textContent).toBe('capture_long.gcode');
    expect(screen.getByTestId('job-percent').textContent).toBe('5.5 %');
    expect(screen.getByTestId('job-left').textContent).toBe('6 min 57 s (from file analysis)');
    expect(screen.getByTestId('job-filament').textContent).toBe('300 mm');
    expect(screen.getByTestId('job-z').textContent).toBe('0.30 mm');
    expect(screen.getByRole('progressbar', { name: 'Print progress' }).getAttribute('value')).toBe('5.5');
    expect(document.title).toBe('5% · capture_long.gcode — OctoPrint Live');
  });

  it('does not re-render on currents that change only temperatures, and does on a progress change', () => {
    const { apply, renders, services } = setup();
    const paused = currents.filter((c) => c.state.text === 'Paused');
    apply(paused[0] as StateSnapshot);
    const after = renders();
    const heatersBefore = services.dashboard.getState().heaters;
    for (const c of paused.slice(1)) apply(c);
    expect(services.dashboard.getState().heaters).not.toBe(heatersBefore);
    expect(renders()).toBe(after);
    const resumed = currents.find(
      (c, i) => i > currents.indexOf(paused[0] as StateSnapshot) && c.state.text === 'Printing',
    );
    apply(resumed as StateSnapshot);
    expect(renders()).toBe(after + 1);
  });

  it('says so when no file is selected', () => {
    const { apply } = setup();
    apply(currents[0] as StateSnapshot);
    expect(screen.getByTestId('job-file').textContent).toBe('No file selected');
  });

  it('writes the time left and the elapsed time as they change, with no render of the panels', () => {
    const { apply, renders } = setup();
    const printing = currents.find((c) => c.state.text === 'Printing' && c.progress.completion != null);
    if (!printing) throw new Error('no printing message in the fixture');
    const at = (printTime: number, printTimeLeft: number): StateSnapshot => ({
      ...printing,
      progress: { ...printing.progress, printTime, printTimeLeft },
    });
    apply(at(4000, 7230));
    const after = renders();
    expect(screen.getByTestId('job-left').textContent).toMatch(/^2 h 00 min/);
    // A second later the server says a second less: the finish time stays, the texts change.
    for (let s = 1; s <= 20; s++) apply(at(4000 + s, 7230 - s), 1_000_000 + s * 1000);
    apply(at(4090, 7140), 1_090_000);
    expect(screen.getByTestId('job-left').textContent).toMatch(/^1 h 59 min \(/);
    expect(screen.getByTestId('job-elapsed').textContent).toBe('1 h 08 min');
    // A new estimate moves the finish time by minutes: its text changes, still with no render.
    const finish = screen.getByTestId('job-finish').textContent;
    apply(at(4091, 7400), 1_091_000);
    expect(screen.getByTestId('job-finish').textContent).not.toBe(finish);
    expect(screen.getByTestId('job-finish').textContent).toMatch(/\d\d/);
    expect(renders()).toBe(after);
  });
});
