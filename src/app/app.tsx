// The dashboard layout: where the feature panels meet.
import { ConnectionStatus } from '../features/connection/connection-status.tsx';
import { TemperatureChart } from '../features/temperature-chart/temperature-chart.tsx';
import { TemperatureReadouts } from '../features/temperatures/temperature-readouts.tsx';
import { ServerSwitcher } from '../features/server-switcher/server-switcher.tsx';
import type { ServersStore } from '../store/servers-store.ts';

export function App({ servers }: { servers: ServersStore }) {
  return (
    <>
      <header className="app-header">
        <h1>OctoPrint Live</h1>
        <ServerSwitcher servers={servers} />
        <ConnectionStatus />
      </header>
      <main className="grid">
        <section className="panel panel-wide" aria-labelledby="temps-heading">
          <h2 id="temps-heading">Temperatures</h2>
          <TemperatureReadouts />
          <TemperatureChart />
        </section>
      </main>
    </>
  );
}
