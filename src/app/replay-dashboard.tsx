// A recording replayed with no server: a dashboard whose socket never opens, fed frame by frame by the ReplayPlayer.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ReplayBar } from '../features/recording/replay-bar.tsx';
import type { Recording } from '../octoprint/recording/format.ts';
import { t } from '../shared/i18n.ts';
import { ReplayPlayer } from '../store/replay-player.ts';
import { closeReplay } from '../store/replay-session.ts';
import { ServicesProvider } from '../store/services.tsx';
import { App } from './app.tsx';
import { Boot } from './boot.tsx';
import { connectDashboard, type DashboardConnection } from './connect-dashboard.ts';

interface Session {
  player: ReplayPlayer;
  connection: StoreApi<{ c: DashboardConnection | null }>;
  start(): void;
  dispose(): void;
}

function createSession(recording: Recording): Session {
  const connection = createStore<{ c: DashboardConnection | null }>(() => ({ c: null }));
  // A seek backwards starts over on fresh stores: the old dashboard goes, a new one takes its place.
  const player: ReplayPlayer = new ReplayPlayer(recording.frames, {
    reset() {
      connection.getState().c?.dispose();
      const c = connectDashboard({ baseUrl: '', apiKey: null, replay: true, now: () => player.now });
      c.start();
      c.services.dashboard.setState((s) => ({ link: { ...s.link, state: 'closed' } }));
      connection.setState({ c });
      return { feed: (raw, now) => c.socket.replayFrame(raw, now) };
    },
  });
  return {
    player,
    connection,
    start() {
      player.seek(0);
      player.play();
    },
    dispose() {
      player.dispose();
      connection.getState().c?.dispose();
      connection.setState({ c: null });
    },
  };
}

export default function ReplayDashboard({ recording, fileName }: { recording: Recording; fileName: string }) {
  // Made once per recording (the parent keys this by file); started by the effect, so StrictMode's second mount
  // starts over on fresh stores.
  const [session] = useState(() => createSession(recording));
  useEffect(() => {
    session.start();
    return () => session.dispose();
  }, [session]);
  return <ReplayView session={session} fileName={fileName} />;
}

function ReplayView({ session, fileName }: { session: Session; fileName: string }) {
  const c = useStore(session.connection, (s) => s.c);
  if (!c) return <Boot text={t('boot.openingRecording')} />;
  return (
    <ServicesProvider services={c.services}>
      <App linkSlot={<ReplayBar player={session.player} fileName={fileName} onClose={closeReplay} />} />
    </ServicesProvider>
  );
}
