// The dashboard layout: where the feature panels meet. Grid areas place them per screen size (styles.css).
import { ConnectionStatus } from '../features/connection/connection-status.tsx';
import { ReloadNotice } from '../features/connection/reload-notice.tsx';
import { EventFeed } from '../features/events/event-feed.tsx';
import { JobPanel } from '../features/job/job-panel.tsx';
import { ActionNotifications } from '../features/notifications/action-notifications.tsx';
import { ActionPrompt } from '../features/notifications/action-prompt.tsx';
import { PerfHud } from '../features/perf-hud/perf-hud.tsx';
import { SlicingPanel } from '../features/slicing/slicing-panel.tsx';
import { ChartSummary } from '../features/temperature-chart/chart-summary.tsx';
import { ChartToolbar } from '../features/temperature-chart/chart-toolbar.tsx';
import { FilesPanel } from '../features/files/files-panel.tsx';
import { JobControls } from '../features/job-controls/job-controls.tsx';
import { MotionPanel } from '../features/motion/motion-panel.tsx';
import { TemperatureChart } from '../features/temperature-chart/temperature-chart.tsx';
import { TemperatureControls } from '../features/temperature-controls/temperature-controls.tsx';
import { TemperatureReadouts } from '../features/temperatures/temperature-readouts.tsx';
import { TerminalPanel } from '../features/terminal/terminal-panel.tsx';
import { ServerSwitcher } from '../features/server-switcher/server-switcher.tsx';
import { ThemeToggle } from '../features/theme/theme-toggle.tsx';
import { ToastRegion } from '../features/toasts/toast-region.tsx';
import { WebcamPanel } from '../features/webcam/webcam-panel.tsx';
import type { ServersStore } from '../store/servers-store.ts';
import { useInstanceAccent } from './use-instance-accent.ts';

export function App({ servers }: { servers: ServersStore }) {
  useInstanceAccent();
  return (
    <>
      <header className="app-header">
        <h1>OctoPrint Live</h1>
        <ServerSwitcher servers={servers} />
        <ConnectionStatus />
        <PerfHud />
        <ThemeToggle />
      </header>
      <ReloadNotice />
      <ActionPrompt />
      <main className="grid">
        <section className="panel area-job" aria-labelledby="job-heading">
          <h2 id="job-heading">Job</h2>
          <JobPanel />
        </section>
        <section className="panel area-temps" aria-labelledby="temps-heading">
          <h2 id="temps-heading">Temperatures</h2>
          <TemperatureReadouts />
        </section>
        <section className="panel area-chart" aria-labelledby="chart-heading">
          <h2 id="chart-heading">Temperature history</h2>
          <ChartToolbar />
          <TemperatureChart />
          <ChartSummary />
        </section>
        <div className="area-extra">
          <WebcamPanel />
          <ActionNotifications />
          <SlicingPanel />
        </div>
        <section className="panel area-events" aria-labelledby="events-heading">
          <h2 id="events-heading">Events</h2>
          <EventFeed />
        </section>
        <section className="panel" aria-labelledby="temperature-controls-heading">
          <h2 id="temperature-controls-heading">Heater controls</h2>
          <TemperatureControls />
        </section>
        <section className="panel" aria-labelledby="job-controls-heading">
          <h2 id="job-controls-heading">Print controls</h2>
          <JobControls />
        </section>
        <section className="panel" aria-labelledby="motion-heading">
          <h2 id="motion-heading">Motion and tool</h2>
          <MotionPanel />
        </section>
        <section className="panel" aria-labelledby="files-heading">
          <h2 id="files-heading">Files</h2>
          <FilesPanel />
        </section>
        <section className="panel panel-wide" aria-labelledby="terminal-heading">
          <h2 id="terminal-heading">Terminal</h2>
          <TerminalPanel />
        </section>
      </main>
      <ToastRegion />
    </>
  );
}
