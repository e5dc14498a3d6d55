// One open server: creates its connection, renders the dashboard, and returns to the connect screen on auth failure.
import { useEffect, useState } from 'react';
import type { SavedServer } from '../store/servers-store.ts';
import { ServicesProvider, useServersStore } from '../store/services.tsx';
import { App } from './app.tsx';
import { connectDashboard, type DashboardConnection } from './connect-dashboard.ts';

export function Dashboard({ server }: { server: SavedServer }) {
  const servers = useServersStore();
  // Created once per mounted server (the parent keys this component by server id); started and stopped by the effect.
  const [connection] = useState<DashboardConnection>(() =>
    connectDashboard({ baseUrl: server.url, apiKey: server.apiKey }),
  );

  useEffect(() => {
    const c = connection;
    c.start();
    const unsubscribe = c.services.dashboard.subscribe((s, prev) => {
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
      <App />
    </ServicesProvider>
  );
}
