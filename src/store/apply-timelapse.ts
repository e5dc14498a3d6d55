// Timelapse rendering from the push socket: MovieRendering/MovieDone/MovieFailed events, `renderProgress` and the
// `timelapse` setting message, into the activity store (the feed and toasts come from describeEvent).
import type { EventPayload } from '../octoprint/types.ts';
import type { ActivityStore, TimelapseRender } from './activity-store.ts';

const RENDER_EVENTS = new Set(['MovieRendering', 'MovieDone', 'MovieFailed']);

function str(p: Record<string, unknown> | null, key: string): string {
  const v = p?.[key];
  return typeof v === 'string' ? v.slice(0, 200) : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

export function applyRenderEvent(store: ActivityStore, ev: EventPayload): void {
  if (!RENDER_EVENTS.has(ev.type)) return;
  const p = ev.payload;
  const movie = str(p, 'movie_basename') || str(p, 'movie') || store.getState().render?.movie || 'timelapse';
  let render: TimelapseRender;
  if (ev.type === 'MovieRendering') render = { movie, progress: 0, status: 'rendering', detail: '' };
  else if (ev.type === 'MovieDone') render = { movie, progress: 100, status: 'done', detail: '' };
  else {
    const code = str(p, 'returncode');
    render = {
      movie,
      progress: store.getState().render?.progress ?? 0,
      status: 'failed',
      detail: str(p, 'reason') || (code ? `exit code ${code}` : ''),
    };
  }
  store.setState({ render });
}

/** `renderProgress {progress}`: moves the bar of the render in progress (one is started if its event was missed). */
export function applyRenderProgress(store: ActivityStore, progress: number): void {
  const pct = Math.max(0, Math.min(100, Math.round(progress)));
  const r = store.getState().render;
  if (r && r.status === 'rendering' && r.progress === pct) return;
  store.setState({
    render: {
      movie: r?.status === 'rendering' ? r.movie : 'timelapse',
      progress: pct,
      status: 'rendering',
      detail: '',
    },
  });
}

/** The `timelapse` message: null (off) or {type: zchange|timed, options}. */
export function applyTimelapseConfig(store: ActivityStore, config: Record<string, unknown> | null): void {
  const options = config?.options;
  const interval =
    typeof options === 'object' && options !== null ? (options as Record<string, unknown>).interval : undefined;
  const type = config?.type;
  const mode =
    config === null
      ? 'off'
      : type === 'zchange'
        ? 'a frame at every layer change'
        : type === 'timed'
          ? `a frame every ${typeof interval === 'number' && Number.isFinite(interval) ? interval : '?'} s`
          : typeof type === 'string'
            ? type.slice(0, 40)
            : 'off';
  if (store.getState().timelapseMode !== mode) store.setState({ timelapseMode: mode });
}
