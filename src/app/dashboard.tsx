// One open server: creates its connection, renders the dashboard (or the kiosk), and returns to the connect screen on
// auth failure.
import { Suspense, useLayoutEffect, useState } from 'react';
import { t } from '../shared/i18n.ts';
import { problemText } from '../store/problem-text.ts';
import type { SavedServer } from '../store/servers-store.ts';
import { ServicesProvider, useServersStore } from '../store/services.tsx';
import { App } from './app.tsx';
import { Boot } from './boot.tsx';
import { connectDashboard, type DashboardConnection } from './connect-dashboard.ts';
import { KioskView } from './lazy-panels.ts';

/** `kiosk`: the touch-screen layout (/kiosk) on the same connection, in its own chunk. */
export function Dashboard({ server, kiosk }: { server: SavedServer; kiosk?: boolean }) {
  const servers = useServersStore();
  // Created once per mounted server (the parent keys this component by server id); started and stopped by the effect.
  const [connection] = useState<DashboardConnection>(() =>
    connectDashboard({ baseUrl: server.url, apiKey: server.apiKey }),
  );

  // At commit, not after the first paint: the link's handshake is the first chart's critical path.
  useLayoutEffect(() => {
    const c = connection;
    c.start();
    const unsubscribe = c.services.dashboard.subscribe((s, prev) => {
      if (s.link.authFailure && s.link.authFailure !== prev.link.authFailure) {
        const failure = s.link.authFailure;
        servers.close(() => t('dashboard.loggedOut', { name: server.name, reason: problemText(failure) }));
      }
    });
    return () => {
      unsubscribe();
      c.dispose();
    };
  }, [connection, server.name, servers]);

  return (
    <ServicesProvider services={connection.services}>
      {kiosk ? (
        <Suspense fallback={<Boot text={t('boot.loading')} />}>
          <KioskView serverName={server.name} />
        </Suspense>
      ) : (
        <App />
      )}
    </ServicesProvider>
  );
}
