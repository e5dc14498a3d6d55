// One open server: creates its connection, renders the dashboard, and returns to the connect screen on auth failure.
import { useEffect, useState } from 'react';
import { t } from '../shared/i18n.ts';
import { PerfProvider } from '../store/perf-context.tsx';
import type { SavedServer, ServersStore } from '../store/servers-store.ts';
import { ServicesProvider } from '../store/services.tsx';
import { App } from './app.tsx';
import { connectDashboard, type DashboardConnection } from './connect-dashboard.ts';

export function Dashboard({ server, servers }: { server: SavedServer; servers: ServersStore }) {
  // Created once per mounted server (the parent keys this component by server id); started and stopped by the effect.
  const [connection] = useState<DashboardConnection>(() =>
    connectDashboard({ baseUrl: server.url, apiKey: server.apiKey }),
  );

  useEffect(() => {
    const c = connection;
    c.start();
    const unsubscribe = c.services.store.subscribe((s, prev) => {
      if (s.link.authFailure && s.link.authFailure !== prev.link.authFailure) {
        servers.close(t('dashboard.loggedOut', { name: server.name, reason: s.link.authFailure }));
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
        <App servers={servers} />
      </PerfProvider>
    </ServicesProvider>
  );
}
