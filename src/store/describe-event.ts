// Human text, category and toast for OctoPrint push events (docs/octoprint-observed.md §4); payloads are untrusted.
import type { EventPayload } from '../octoprint/types.ts';
import type { EventCategory, ToastKind } from './activity-store.ts';
import { EVENT_WORDS, eventNameInWords } from './event-words.ts';

export interface EventDescription {
  category: EventCategory;
  text: string;
  toast?: { kind: ToastKind; title: string; body: string };
}

function s(payload: Record<string, unknown> | null, key: string): string {
  const v = payload?.[key];
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function fileOf(p: Record<string, unknown> | null): string {
  return s(p, 'display') || s(p, 'name') || s(p, 'path') || s(p, 'stl') || 'a file';
}

function seconds(p: Record<string, unknown> | null): string {
  const t = p?.time;
  if (typeof t !== 'number' || !Number.isFinite(t)) return '';
  const total = Math.round(t);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  return ` in ${h ? `${h} h ` : ''}${h || m ? `${m} min ` : ''}${sec} s`;
}

/** "old → new" for payloads that carry both (tool changes, connectivity). */
function change(p: Record<string, unknown> | null): string {
  const from = s(p, 'old');
  const to = s(p, 'new');
  return from || to ? ` (${from || '?'} → ${to || '?'})` : '';
}

/** Events with payloads worth reading beyond the print and slicing ones: timelapse, analysis, users, plugins. */
function describeMore(ev: EventPayload): EventDescription | null {
  const p = ev.payload;
  const movie = s(p, 'movie_basename') || s(p, 'movie') || 'the timelapse';
  switch (ev.type) {
    case 'MovieRendering':
      return {
        category: 'timelapse',
        text: `Rendering timelapse: ${movie}`,
        toast: { kind: 'info', title: 'Rendering timelapse', body: movie },
      };
    case 'MovieDone':
      return {
        category: 'timelapse',
        text: `Timelapse ready: ${movie}`,
        toast: { kind: 'success', title: 'Timelapse ready', body: movie },
      };
    case 'MovieFailed': {
      const why = s(p, 'reason') || (s(p, 'returncode') ? `exit code ${s(p, 'returncode')}` : '');
      return {
        category: 'timelapse',
        text: `Timelapse rendering failed: ${movie}${why ? ` (${why})` : ''}`,
        toast: { kind: 'error', title: 'Timelapse rendering failed', body: why ? `${movie} — ${why}` : movie },
      };
    }
    case 'MetadataAnalysisStarted':
      return { category: 'file', text: `Analysing ${fileOf(p)}` };
    case 'MetadataAnalysisFinished':
      return { category: 'file', text: `Analysis finished: ${fileOf(p)}` };
    case 'TransferDone':
      return {
        category: 'file',
        text: `Copied to the SD card: ${s(p, 'remote') || s(p, 'local') || 'a file'}${seconds(p)}`,
      };
    case 'ConnectivityChanged':
      return {
        category: 'connection',
        text:
          p?.new === true
            ? 'OctoPrint is online again'
            : p?.new === false
              ? 'OctoPrint lost its internet connection'
              : `Connectivity changed${change(p)}`,
      };
    case 'ToolChange':
      return { category: 'printer', text: `Tool changed${change(p)}` };
    case 'ZChange':
      return { category: 'printer', text: `Z changed${change(p)}` };
    case 'CommandSuppressed':
      return {
        category: 'printer',
        text: `Command not sent: ${s(p, 'command') || 'a command'}${s(p, 'message') ? ` (${s(p, 'message')})` : ''}`,
      };
    case 'InvalidToolReported':
      return {
        category: 'printer',
        text: `The printer reported an invalid tool ${s(p, 'tool')}${s(p, 'fallback') ? `, using ${s(p, 'fallback')}` : ''}`,
      };
    case 'UserLoggedIn':
      return { category: 'connection', text: `${s(p, 'username') || 'A user'} logged in to OctoPrint` };
    case 'UserLoggedOut':
      return { category: 'connection', text: `${s(p, 'username') || 'A user'} logged out of OctoPrint` };
    case 'plugin_achievements_achievement_unlocked': {
      const name = s(p, 'name') || 'an achievement';
      const text = s(p, 'description');
      // Feed only: a print can unlock several, and toasts are few (four) and kept for what needs attention.
      return { category: 'other', text: `Achievement unlocked: ${name}${text ? ` — ${text}` : ''}` };
    }
    default:
      return null;
  }
}

export function describeEvent(ev: EventPayload): EventDescription {
  const p = ev.payload;
  const file = fileOf(p);
  switch (ev.type) {
    case 'PrintStarted':
      return { category: 'print', text: `Print started: ${file}` };
    case 'PrintDone':
      return {
        category: 'print',
        text: `Print done: ${file}${seconds(p)}`,
        toast: { kind: 'success', title: 'Print done', body: `${file}${seconds(p)}` },
      };
    case 'PrintFailed': {
      const reason = s(p, 'reason');
      // A cancel also sends PrintFailed{reason: cancelled}; the PrintCancelled toast already said so.
      if (reason === 'cancelled') return { category: 'print', text: `Print stopped (cancelled): ${file}` };
      return {
        category: 'print',
        text: `Print failed: ${file}${reason ? ` (${reason})` : ''}`,
        toast: { kind: 'error', title: 'Print failed', body: `${file}${reason ? ` — ${reason}` : ''}` },
      };
    }
    case 'PrintCancelling':
      return { category: 'print', text: `Cancelling print: ${file}` };
    case 'PrintCancelled':
      return {
        category: 'print',
        text: `Print cancelled: ${file}`,
        toast: { kind: 'warning', title: 'Print cancelled', body: file },
      };
    case 'PrintPaused':
      return {
        category: 'print',
        text: `Print paused: ${file}`,
        toast: { kind: 'warning', title: 'Print paused', body: file },
      };
    case 'PrintResumed':
      return { category: 'print', text: `Print resumed: ${file}` };
    case 'Error': {
      const msg = s(p, 'error') || 'Unknown error';
      return {
        category: 'printer',
        text: `Printer error: ${msg}`,
        toast: { kind: 'error', title: 'Printer error', body: msg },
      };
    }
    case 'PrinterStateChanged':
      return { category: 'printer', text: `Printer state: ${s(p, 'state_string') || s(p, 'state_id') || 'unknown'}` };
    case 'Connected':
      return { category: 'connection', text: `Printer connected${s(p, 'port') ? ` on ${s(p, 'port')}` : ''}` };
    case 'Disconnected':
      return { category: 'connection', text: 'Printer disconnected' };
    case 'Connecting':
      return { category: 'connection', text: 'Connecting to printer' };
    case 'ClientAuthed':
      // OctoPrint blanks this payload for non-admins: then it is some browser (often this page) logging in.
      return {
        category: 'connection',
        text: s(p, 'username') ? `${s(p, 'username')} logged in on a browser` : 'A browser logged in to OctoPrint',
      };
    case 'FileSelected':
      return { category: 'file', text: `File selected: ${file}` };
    case 'FileDeselected':
      return { category: 'file', text: 'File deselected' };
    case 'FileAdded':
      return { category: 'file', text: `File added: ${file}` };
    case 'FileRemoved':
      return { category: 'file', text: `File removed: ${file}` };
    case 'Upload':
      return { category: 'file', text: `Uploaded: ${file}` };
    case 'SlicingStarted':
      return { category: 'slicing', text: `Slicing started: ${file}` };
    case 'SlicingDone':
      return {
        category: 'slicing',
        text: `Slicing done: ${file}${seconds(p)}`,
        toast: { kind: 'success', title: 'Slicing done', body: s(p, 'gcode') || file },
      };
    case 'SlicingFailed':
      return {
        category: 'slicing',
        text: `Slicing failed: ${file}${s(p, 'reason') ? ` (${s(p, 'reason')})` : ''}`,
        toast: { kind: 'error', title: 'Slicing failed', body: s(p, 'reason') || file },
      };
    case 'SlicingCancelled':
      return { category: 'slicing', text: `Slicing cancelled: ${file}` };
    default: {
      const more = describeMore(ev);
      if (more) return more;
      const words = EVENT_WORDS[ev.type];
      if (words) return { category: words[0], text: words[1] };
      const text = eventNameInWords(ev.type);
      if (ev.type.startsWith('Print')) return { category: 'print', text };
      if (ev.type.startsWith('Slicing')) return { category: 'slicing', text };
      return { category: 'other', text };
    }
  }
}
