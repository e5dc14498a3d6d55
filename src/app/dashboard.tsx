// One open server: creates its connection, renders the dashboard, and returns to the connect screen on auth failure.
import { useEffect, useState } from 'react';
import { ServicesProvider } from '../store/services.tsx';
import type { SavedServer, ServersStore } from '../store/servers-store.ts';
import { App } from './app.tsx';
import { connectDashboard, type DashboardConnection } from './connect-dashboard.ts';

export function Dashboard({ server, servers }: { server: SavedServer; servers: ServersStore }) {
  const [connection, setConnection] = useState<DashboardConnection | null>(null);

  useEffect(() => {
    const c = connectDashboard({ baseUrl: server.url, apiKey: server.apiKey });
    setConnection(c);
    const unsubscribe = c.services.store.subscribe((s, prev) => {
      if (s.link.authFailure && s.link.authFailure !== prev.link.authFailure) {
        servers.close(`Logged out of ${server.name}: ${s.link.authFailure}. Connect again with a valid API key.`);
      }
    });
    return () => {
      unsubscribe();
      c.dispose();
    };
  }, [server.id, server.url, server.apiKey, server.name, servers]);

  if (!connection) return null;
  return (
    <ServicesProvider services={connection.services}>
      <App servers={servers} />
    </ServicesProvider>
  );
}
