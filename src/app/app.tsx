// The dashboard layout: where the feature panels meet. Grid areas place them per screen size (styles.css).
import { ConnectionStatus } from '../features/connection/connection-status.tsx';
import { ReloadNotice } from '../features/connection/reload-notice.tsx';
import { JobPanel } from '../features/job/job-panel.tsx';
import { PerfHud } from '../features/perf-hud/perf-hud.tsx';
import { ChartSummary } from '../features/temperature-chart/chart-summary.tsx';
import { ChartToolbar } from '../features/temperature-chart/chart-toolbar.tsx';
import { TemperatureChart } from '../features/temperature-chart/temperature-chart.tsx';
import { TemperatureReadouts } from '../features/temperatures/temperature-readouts.tsx';
import { ServerSwitcher } from '../features/server-switcher/server-switcher.tsx';
import { ThemeToggle } from '../features/theme/theme-toggle.tsx';
import { Suspense, type ReactNode } from 'react';
import type { ServersStore } from '../store/servers-store.ts';
import {
  ActionNotifications, ActionPrompt, EventFeed, FilesPanel, JobControls, MotionPanel, PrinterConnection, RecordingPanel, SlicingPanel,
  TemperatureControls, TerminalPanel, ToastRegion, WebcamPanel,
} from './lazy-panels.ts';
import { useInstanceAccent } from './use-instance-accent.ts';

/** A panel that arrives in its own chunk after the first paint; nothing shows until it has. */
function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

/** `linkSlot` replaces the link state (a replay shows its controls there). */
export function App({ servers, linkSlot }: { servers: ServersStore; linkSlot?: ReactNode }) {
  useInstanceAccent();
  return (
    <>
      <header className="app-header">
        <h1>OctoPrint Live</h1>
        <ServerSwitcher servers={servers} />
        <ConnectionStatus replay={linkSlot} />
        <PerfHud />
        <ThemeToggle />
      </header>
      <ReloadNotice />
      <Later><ActionPrompt /></Later>
      <main className="grid">
        <section className="panel area-job" aria-labelledby="job-heading">
          <h2 id="job-heading">Job</h2>
          <JobPanel />
        </section>
        <section className="panel area-temps" aria-labelledby="temps-heading">
          {/* Beside the temperatures: an Offline printer shows none, and this is where it is connected again. In the
              heading's row, so the panel is no taller and nothing below it moves. */}
          <div className="panel-head">
            <h2 id="temps-heading">Temperatures</h2>
            <Later><PrinterConnection /></Later>
          </div>
          <TemperatureReadouts />
        </section>
        <section className="panel area-chart" aria-labelledby="chart-heading">
          <h2 id="chart-heading">Temperature history</h2>
          <ChartToolbar />
          <TemperatureChart />
          <ChartSummary />
        </section>
        <div className="area-extra">
          <Later><WebcamPanel /></Later>
          <Later><ActionNotifications /></Later>
          <Later><SlicingPanel /></Later>
        </div>
        <section className="panel area-events" aria-labelledby="events-heading">
          <h2 id="events-heading">Events</h2>
          <Later><EventFeed /></Later>
        </section>
        <section className="panel" aria-labelledby="temperature-controls-heading">
          <h2 id="temperature-controls-heading">Heater controls</h2>
          <Later><TemperatureControls /></Later>
        </section>
        <section className="panel" aria-labelledby="job-controls-heading">
          <h2 id="job-controls-heading">Print controls</h2>
          <Later><JobControls /></Later>
        </section>
        <section className="panel" aria-labelledby="motion-heading">
          <h2 id="motion-heading">Motion and tool</h2>
          <Later><MotionPanel /></Later>
        </section>
        <section className="panel" aria-labelledby="files-heading">
          <h2 id="files-heading">Files</h2>
          <Later><FilesPanel /></Later>
        </section>
        <section className="panel panel-wide" aria-labelledby="terminal-heading">
          <h2 id="terminal-heading">Terminal</h2>
          <Later><TerminalPanel /></Later>
        </section>
        <section className="panel" aria-labelledby="recording-heading">
          <h2 id="recording-heading">Recording</h2>
          <Later><RecordingPanel /></Later>
        </section>
      </main>
      <Later><ToastRegion /></Later>
    </>
  );
}
