// Chooses the screen: a replayed recording, the farm view, the open server's dashboard, or the connect screen (which
// finds a same-origin OctoPrint on first use).
import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useFileDrop } from '../features/recording/use-file-drop.ts';
import { languageStore, t } from '../shared/i18n.ts';
import { replaySession } from '../store/replay-session.ts';
import { currentPath, isFarmPath, isKioskPath, subscribeRoute } from '../store/route-store.ts';
import { useServers, useServersStore } from '../store/services.tsx';
import { Boot } from './boot.tsx';
import { Dashboard } from './dashboard.tsx';
import { firstProbe, SAME_HOST_BASE } from './first-probe.ts';
import { AppStatus, ConnectScreen, FarmView, OpenNotice, preloadReplay, ReplayDashboard } from './lazy-panels.ts';

export function Root() {
  useFileDrop();
  // A new language re-renders every component (none is memoised on this path) without remounting the connection.
  useStore(languageStore, (s) => s.active);
  const notice = useStore(replaySession, (s) => s.error !== null || s.loading);
  const loading = useStore(replaySession, (s) => s.loading);
  useEffect(() => {
    if (loading) preloadReplay();
  }, [loading]);
  return (
    <>
      {/* Offline, and a new version ready: in their own chunk, which the service worker keeps for offline loads. */}
      <Suspense fallback={null}>
        <AppStatus />
      </Suspense>
      {notice && (
        <Suspense fallback={null}>
          <OpenNotice />
        </Suspense>
      )}
      <Screen />
    </>
  );
}

function Screen() {
  const servers = useServersStore();
  const replay = useStore(replaySession, (s) => s.recording);
  const replayName = useStore(replaySession, (s) => s.fileName);
  const opened = useStore(replaySession, (s) => s.opened);
  const current = useServers((s) => s.servers.find((x) => x.id === s.currentId) ?? null);
  const hasServers = useServers((s) => s.servers.length > 0);
  const [probing, setProbing] = useState(!current && !hasServers);
  const path = useSyncExternalStore(subscribeRoute, currentPath, () => '/');

  useEffect(() => {
    if (!probing) return;
    let live = true;
    // The dev proxy (or OctoPrint itself, with its login cookie) may answer on this origin without a key.
    void firstProbe().then((r) => {
      if (!live) return;
      if (r.ok)
        servers.upsert({
          id: 'same-origin',
          name: r.name || location.host,
          url: SAME_HOST_BASE,
          apiKey: null,
          remember: false,
        });
      setProbing(false);
    });
    return () => {
      live = false;
    };
  }, [probing, servers]);

  if (replay) {
    return (
      <Suspense fallback={<Boot text={t('boot.openingRecording')} />}>
        <ReplayDashboard key={opened} recording={replay} fileName={replayName ?? 'recording'} />
      </Suspense>
    );
  }
  // /printers: every saved server at once, in its own chunk.
  if (isFarmPath(path)) {
    return (
      <Suspense fallback={<Boot text={t('boot.loading')} />}>
        <FarmView />
      </Suspense>
    );
  }
  // /kiosk: the same connection in the touch-screen layout; keyed apart, so switching opens a fresh connection.
  const kiosk = isKioskPath(path);
  if (current) return <Dashboard key={`${current.id}${kiosk ? ':kiosk' : ''}`} server={current} kiosk={kiosk} />;
  if (probing) return <Boot text={t('boot.lookingForOctoPrint')} />;
  const defaultUrl = SAME_HOST_BASE !== '' ? `${location.origin}${SAME_HOST_BASE}` : '';
  return (
    <Suspense fallback={<Boot text={t('boot.loading')} />}>
      <ConnectScreen defaultUrl={defaultUrl} />
    </Suspense>
  );
}
