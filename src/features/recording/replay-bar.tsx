// The replay's controls, a row under the status bar (whose link state reads "Replay"): which file, play/pause,
// 1×/10×/60×, a scrubber and the recorded time.
import { useStore } from 'zustand';
import { t } from '../../shared/i18n.ts';
import { SPEEDS, type ReplayPlayer } from '../../store/replay-player.ts';
import './recording.css';

export function formatSpan(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function ReplayBar({ player, fileName, onClose }: { player: ReplayPlayer; fileName: string; onClose(): void }) {
  const playing = useStore(player.state, (s) => s.playing);
  const speed = useStore(player.state, (s) => s.speed);
  // Whole seconds: the bar re-renders once a recorded second, not on every tick.
  const second = useStore(player.state, (s) => Math.floor(s.position / 1000));
  const duration = useStore(player.state, (s) => s.duration);
  return (
    <div className="replay-bar" role="group" aria-label={t('replay.label')}>
      <span className="replay-file" title={fileName}>
        {fileName}
      </span>
      <button type="button" onClick={() => (playing ? player.pause() : player.play())}>
        {playing ? t('replay.pause') : t('replay.play')}
      </button>
      <span role="radiogroup" aria-label={t('replay.speed')} className="replay-speeds">
        {SPEEDS.map((x) => (
          <button
            key={x}
            type="button"
            role="radio"
            aria-checked={speed === x}
            className="secondary"
            onClick={() => player.setSpeed(x)}
          >
            {x}×
          </button>
        ))}
      </span>
      <input
        type="range"
        aria-label={t('replay.position')}
        min={0}
        max={Math.max(1, Math.ceil(duration / 1000))}
        step={1}
        value={second}
        onChange={(e) => player.seek(Number(e.target.value) * 1000)}
      />
      <span className="replay-time">
        {formatSpan(second * 1000)} / {formatSpan(duration)}
      </span>
      <button type="button" className="secondary" onClick={onClose}>
        {t('replay.close')}
      </button>
    </div>
  );
}
