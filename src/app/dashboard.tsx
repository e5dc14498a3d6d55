// One open server: creates its connection, renders the dashboard (or the kiosk), and returns to the connect screen on
// auth failure.
import { Suspense, useEffect, useState } from 'react';
import { PerfProvider } from '../store/perf-context.tsx';
import type { SavedServer, ServersStore } from '../store/servers-store.ts';
import { ServicesProvider } from '../store/services.tsx';
import { App } from './app.tsx';
import { connectDashboard, type DashboardConnection } from './connect-dashboard.ts';
import { KioskView } from './lazy-panels.ts';

/** `kiosk`: the touch-screen layout (/kiosk) on the same connection, in its own chunk. */
export function Dashboard({ server, servers, kiosk }: { server: SavedServer; servers: ServersStore; kiosk?: boolean }) {
  // Created once per mounted server (the parent keys this component by server id); started and stopped by the effect.
  const [connection] = useState<DashboardConnection>(() =>
    connectDashboard({ baseUrl: server.url, apiKey: server.apiKey }),
  );

  useEffect(() => {
    const c = connection;
    c.start();
    const unsubscribe = c.services.store.subscribe((s, prev) => {
      if (s.link.authFailure && s.link.authFailure !== prev.link.authFailure) {
        servers.close(`Logged out of ${server.name}: ${s.link.authFailure}. Connect again with a valid API key.`);
      }
    });
    return () => {
      unsubscribe();
      c.dispose();
    };
  }, [connection, server.name, servers]);

  return (
    <ServicesProvider services={connection.services}>
      <PerfProvider perf={connection.perf}>
        {kiosk ? (
          <Suspense
            fallback={
              <p className="boot" role="status">
                Loading…
              </p>
            }
          >
            <KioskView serverName={server.name} />
          </Suspense>
        ) : (
          <App servers={servers} />
        )}
      </PerfProvider>
    </ServicesProvider>
  );
}
