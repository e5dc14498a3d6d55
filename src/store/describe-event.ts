// Human text, category and toast for OctoPrint push events (docs/octoprint-observed.md §4); payloads are untrusted.
import type { EventPayload } from '../octoprint/types.ts';
import { t } from '../shared/i18n.ts';
import { printerStateText } from '../shared/printer-state.ts';
import type { EventCategory, ToastKind } from './activity-store.ts';
import { EVENT_WORDS, eventNameInWords } from './event-words.ts';

export interface EventDescription {
  category: EventCategory;
  text: string;
  toast?: { kind: ToastKind; title: string; body: string };
}

/** An event worth a toast: the feed's line, and the toast's kind, title and body. */
function toasted(
  category: EventCategory,
  text: string,
  kind: ToastKind,
  title: string,
  body: string,
): EventDescription {
  return { category, text, toast: { kind, title, body } };
}

function s(payload: Record<string, unknown> | null, key: string): string {
  const v = payload?.[key];
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function fileOf(p: Record<string, unknown> | null): string {
  return s(p, 'display') || s(p, 'name') || s(p, 'path') || s(p, 'stl') || t('event.aFile');
}

function seconds(p: Record<string, unknown> | null): string {
  const time = p?.time;
  if (typeof time !== 'number' || !Number.isFinite(time)) return '';
  const total = Math.round(time);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  // Unit symbols (h, min, s) read the same in every language the dashboard speaks.
  return ` ${t('event.in', { duration: `${h ? `${h} h ` : ''}${h || m ? `${m} min ` : ''}${sec} s` })}`;
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
  const movie = s(p, 'movie_basename') || s(p, 'movie') || t('event.theTimelapse');
  switch (ev.type) {
    case 'MovieRendering':
      return toasted('timelapse', t('event.movieRendering', { movie }), 'info', t('event.movieRenderingTitle'), movie);
    case 'MovieDone':
      return toasted('timelapse', t('event.movieDone', { movie }), 'success', t('event.movieDoneTitle'), movie);
    case 'MovieFailed': {
      const why = s(p, 'reason') || (s(p, 'returncode') ? t('event.exitCode', { code: s(p, 'returncode') }) : '');
      return toasted(
        'timelapse',
        `${t('event.movieFailed', { movie })}${why ? ` (${why})` : ''}`,
        'error',
        t('event.movieFailedTitle'),
        why ? `${movie} — ${why}` : movie,
      );
    }
    case 'MetadataAnalysisStarted':
      return { category: 'file', text: t('event.analysing', { file: fileOf(p) }) };
    case 'MetadataAnalysisFinished':
      return { category: 'file', text: t('event.analysisFinished', { file: fileOf(p) }) };
    case 'TransferDone':
      return {
        category: 'file',
        text: `${t('event.transferDone', { file: s(p, 'remote') || s(p, 'local') || t('event.aFile') })}${seconds(p)}`,
      };
    case 'ConnectivityChanged':
      return {
        category: 'connection',
        text:
          p?.new === true
            ? t('event.online')
            : p?.new === false
              ? t('event.offline')
              : `${t('event.connectivity')}${change(p)}`,
      };
    case 'ToolChange':
      return { category: 'printer', text: `${t('event.toolChange')}${change(p)}` };
    case 'ZChange':
      return { category: 'printer', text: `${t('event.zChange')}${change(p)}` };
    case 'CommandSuppressed':
      return {
        category: 'printer',
        text: `${t('event.suppressed', { command: s(p, 'command') || t('event.aCommand') })}${s(p, 'message') ? ` (${s(p, 'message')})` : ''}`,
      };
    case 'InvalidToolReported':
      return {
        category: 'printer',
        text: s(p, 'fallback')
          ? t('event.invalidToolFallback', { tool: s(p, 'tool'), fallback: s(p, 'fallback') })
          : t('event.invalidTool', { tool: s(p, 'tool') }),
      };
    case 'UserLoggedIn':
      return { category: 'connection', text: t('event.userLoggedIn', { user: s(p, 'username') || t('event.aUser') }) };
    case 'UserLoggedOut':
      return { category: 'connection', text: t('event.userLoggedOut', { user: s(p, 'username') || t('event.aUser') }) };
    case 'plugin_achievements_achievement_unlocked': {
      const name = s(p, 'name') || t('event.anAchievement');
      const text = s(p, 'description');
      // Feed only: a print can unlock several, and toasts are few (four) and kept for what needs attention.
      return { category: 'other', text: `${t('event.achievement', { name })}${text ? ` — ${text}` : ''}` };
    }
    default:
      return null;
  }
}

export function describeEvent(ev: EventPayload): EventDescription {
  const p = ev.payload;
  const file = fileOf(p);
  const took = seconds(p);
  const gcode = s(p, 'gcode') || file;
  switch (ev.type) {
    case 'PrintStarted':
      return { category: 'print', text: t('event.printStarted', { file }) };
    case 'PrintDone':
      return toasted('print', t('event.printDone', { file }) + took, 'success', t('event.printDoneTitle'), file + took);
    case 'PrintFailed': {
      const reason = s(p, 'reason');
      // A cancel also sends PrintFailed{reason: cancelled}; the PrintCancelled toast already said so.
      if (reason === 'cancelled') return { category: 'print', text: t('event.printStopped', { file }) };
      return toasted(
        'print',
        `${t('event.printFailed', { file })}${reason ? ` (${reason})` : ''}`,
        'error',
        t('event.printFailedTitle'),
        `${file}${reason ? ` — ${reason}` : ''}`,
      );
    }
    case 'PrintCancelling':
      return { category: 'print', text: t('event.printCancelling', { file }) };
    case 'PrintCancelled':
      return toasted('print', t('event.printCancelled', { file }), 'warning', t('event.printCancelledTitle'), file);
    case 'PrintPaused':
      return toasted('print', t('event.printPaused', { file }), 'warning', t('event.printPausedTitle'), file);
    case 'PrintResumed':
      return { category: 'print', text: t('event.printResumed', { file }) };
    case 'Error': {
      const msg = s(p, 'error') || t('event.unknownError');
      return toasted('printer', t('event.printerError', { msg }), 'error', t('event.printerErrorTitle'), msg);
    }
    case 'PrinterStateChanged':
      return {
        category: 'printer',
        text: t('event.printerState', {
          state: printerStateText(s(p, 'state_string')) || s(p, 'state_id') || t('event.unknown'),
        }),
      };
    case 'Connected':
      return {
        category: 'connection',
        text: s(p, 'port') ? t('event.connectedOn', { port: s(p, 'port') }) : t('event.connected'),
      };
    case 'Disconnected':
      return { category: 'connection', text: t('event.disconnected') };
    case 'Connecting':
      return { category: 'connection', text: t('event.connecting') };
    case 'ClientAuthed':
      // OctoPrint blanks this payload for non-admins: then it is some browser (often this page) logging in.
      return {
        category: 'connection',
        text: s(p, 'username') ? t('event.clientAuthedUser', { user: s(p, 'username') }) : t('event.clientAuthed'),
      };
    case 'FileSelected':
      return { category: 'file', text: t('event.fileSelected', { file }) };
    case 'FileDeselected':
      return { category: 'file', text: t('event.fileDeselected') };
    case 'FileAdded':
      return { category: 'file', text: t('event.fileAdded', { file }) };
    case 'FileRemoved':
      return { category: 'file', text: t('event.fileRemoved', { file }) };
    case 'Upload':
      return { category: 'file', text: t('event.uploaded', { file }) };
    case 'SlicingStarted':
      return { category: 'slicing', text: t('event.slicingStarted', { file }) };
    case 'SlicingDone':
      return toasted('slicing', t('event.slicingDone', { file }) + took, 'success', t('event.slicingDoneTitle'), gcode);
    case 'SlicingFailed':
      return toasted(
        'slicing',
        `${t('event.slicingFailed', { file })}${s(p, 'reason') ? ` (${s(p, 'reason')})` : ''}`,
        'error',
        t('event.slicingFailedTitle'),
        s(p, 'reason') || file,
      );
    case 'SlicingCancelled':
      return { category: 'slicing', text: t('event.slicingCancelled', { file }) };
    default: {
      const more = describeMore(ev);
      if (more) return more;
      const words = EVENT_WORDS[ev.type];
      if (words) return { category: words[0], text: t(words[1]) };
      const text = eventNameInWords(ev.type);
      if (ev.type.startsWith('Print')) return { category: 'print', text };
      if (ev.type.startsWith('Slicing')) return { category: 'slicing', text };
      return { category: 'other', text };
    }
  }
}
