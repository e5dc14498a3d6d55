// The dashboard layout: where the feature panels meet.
import { ConnectionStatus } from '../features/connection/connection-status.tsx';
import { FilesPanel } from '../features/files/files-panel.tsx';
import { JobControls } from '../features/job-controls/job-controls.tsx';
import { MotionPanel } from '../features/motion/motion-panel.tsx';
import { TemperatureChart } from '../features/temperature-chart/temperature-chart.tsx';
import { TemperatureControls } from '../features/temperature-controls/temperature-controls.tsx';
import { TemperatureReadouts } from '../features/temperatures/temperature-readouts.tsx';
import { TerminalPanel } from '../features/terminal/terminal-panel.tsx';

export function App() {
  return (
    <>
      <header className="app-header">
        <h1>OctoPrint Live</h1>
        <ConnectionStatus />
      </header>
      <main className="grid">
        <section className="panel panel-wide" aria-labelledby="temps-heading">
          <h2 id="temps-heading">Temperatures</h2>
          <TemperatureReadouts />
          <TemperatureControls />
          <TemperatureChart />
        </section>
        <section className="panel" aria-labelledby="job-controls-heading">
          <h2 id="job-controls-heading">Job controls</h2>
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
    </>
  );
}
