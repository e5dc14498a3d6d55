// Which recording the page replays instead of a live server (null: live), and why the last file could not be opened.
import { createStore } from 'zustand/vanilla';
import type { Recording } from '../octoprint/recording/format.ts';

export interface ReplaySessionState {
  recording: Recording | null;
  fileName: string | null;
  /** The last file's problem in words; nothing else changed when it is set. */
  error: string | null;
  loading: boolean;
  /** Counts the files opened, so a second file starts a fresh replay. */
  opened: number;
}

export const replaySession = createStore<ReplaySessionState>(() => ({
  recording: null,
  fileName: null,
  error: null,
  loading: false,
  opened: 0,
}));

export function closeReplay(): void {
  replaySession.setState({ recording: null, fileName: null, error: null, loading: false });
}
