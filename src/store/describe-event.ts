// Human text, category and toast for OctoPrint push events (octoprint-observed.md §4); payloads are untrusted.
import type { EventPayload } from '../octoprint/types.ts';
import type { EventCategory, ToastKind } from './activity-store.ts';

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

export function describeEvent(ev: EventPayload): EventDescription {
  const p = ev.payload;
  const file = fileOf(p);
  switch (ev.type) {
    case 'PrintStarted':
      return { category: 'print', text: `Print started: ${file}` };
    case 'PrintDone':
      return { category: 'print', text: `Print done: ${file}${seconds(p)}`, toast: { kind: 'success', title: 'Print done', body: `${file}${seconds(p)}` } };
    case 'PrintFailed': {
      const reason = s(p, 'reason');
      // A cancel also sends PrintFailed{reason: cancelled}; the PrintCancelled toast already said so.
      if (reason === 'cancelled') return { category: 'print', text: `Print stopped (cancelled): ${file}` };
      return { category: 'print', text: `Print failed: ${file}${reason ? ` (${reason})` : ''}`, toast: { kind: 'error', title: 'Print failed', body: `${file}${reason ? ` — ${reason}` : ''}` } };
    }
    case 'PrintCancelling':
      return { category: 'print', text: `Cancelling print: ${file}` };
    case 'PrintCancelled':
      return { category: 'print', text: `Print cancelled: ${file}`, toast: { kind: 'warning', title: 'Print cancelled', body: file } };
    case 'PrintPaused':
      return { category: 'print', text: `Print paused: ${file}`, toast: { kind: 'warning', title: 'Print paused', body: file } };
    case 'PrintResumed':
      return { category: 'print', text: `Print resumed: ${file}` };
    case 'Error': {
      const msg = s(p, 'error') || 'Unknown error';
      return { category: 'printer', text: `Printer error: ${msg}`, toast: { kind: 'error', title: 'Printer error', body: msg } };
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
      return { category: 'connection', text: `Logged in as ${s(p, 'username') || 'unknown'}` };
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
      return { category: 'slicing', text: `Slicing done: ${file}${seconds(p)}`, toast: { kind: 'success', title: 'Slicing done', body: s(p, 'gcode') || file } };
    case 'SlicingFailed':
      return { category: 'slicing', text: `Slicing failed: ${file}${s(p, 'reason') ? ` (${s(p, 'reason')})` : ''}`, toast: { kind: 'error', title: 'Slicing failed', body: s(p, 'reason') || file } };
    case 'SlicingCancelled':
      return { category: 'slicing', text: `Slicing cancelled: ${file}` };
    default:
      if (ev.type.startsWith('Print')) return { category: 'print', text: ev.type };
      if (ev.type.startsWith('Slicing')) return { category: 'slicing', text: ev.type };
      return { category: 'other', text: ev.type };
  }
}
