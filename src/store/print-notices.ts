// Browser notifications for one printer: a print finished, failed or paused, or the printer disconnected during a
// print; one each, from the push events (which also arrive in a background tab), once the user has allowed them.
import type { EventPayload } from '../octoprint/types.ts';
import { t } from '../shared/i18n.ts';

export interface PrintNotice {
  kind: 'done' | 'failed' | 'paused' | 'disconnected';
  title: string;
  body: string;
  /** The same incident gets the same tag, so a second tab or a late duplicate replaces rather than adds. */
  tag: string;
}

/** OctoPrint ends a print before it closes the port (PrintCancelled, PrintFailed "cancelled", then Disconnecting). */
const DISCONNECT_GRACE_MS = 10_000;
/** The same notice again within this time is the same incident (two event paths, a resent event). */
const REPEAT_MS = 60_000;

export interface PrintNotices {
  /** Each push event, in order. */
  onEvent(event: EventPayload): void;
  /** The printer's state as the page shows it: a page opened mid-print learns that a print runs. */
  onPrinting(active: boolean): void;
}

const fileOf = (p: Record<string, unknown> | null): string =>
  typeof p?.name === 'string' ? p.name : typeof p?.path === 'string' ? p.path : t('notice.thePrint');

/** `printer`: the name to show (the server's); `show` puts the notice on screen (browserNotice in the app). */
export function createPrintNotices(
  printer: () => string,
  show: (n: PrintNotice) => void,
  now: () => number = Date.now,
): PrintNotices {
  let active = false;
  let file = t('notice.thePrint');
  /** When the last print ended by a cancel (the port closing cancels it first); -Infinity otherwise. */
  let cancelledAt = -Infinity;
  const recent = new Map<string, number>();

  const notify = (kind: PrintNotice['kind'], title: string, body: string) => {
    const at = now();
    const key = `${kind}|${file}`;
    const last = recent.get(key);
    if (last !== undefined && at - last < REPEAT_MS) return;
    recent.set(key, at);
    for (const [k, seen] of recent) if (at - seen >= REPEAT_MS) recent.delete(k);
    show({ kind, title: `${printer()}: ${title}`, body, tag: `octoprint:${printer()}:${kind}:${file}` });
  };

  return {
    onPrinting(running) {
      if (running) active = true;
    },
    onEvent({ type, payload }) {
      switch (type) {
        case 'PrintStarted':
        case 'PrintResumed':
          active = true;
          file = fileOf(payload);
          recent.clear();
          return;
        case 'PrintDone':
          active = false;
          file = fileOf(payload);
          notify('done', t('notice.done'), t('notice.doneBody', { file }));
          return;
        case 'PrintFailed':
        case 'PrintCancelled':
          active = false;
          file = fileOf(payload);
          // A cancel is the user's own doing, nothing to tell them, unless the port closes next. A failure is told
          // once: the disconnect that follows a firmware error is part of it.
          if (type === 'PrintCancelled' || payload?.reason === 'cancelled') cancelledAt = now();
          else {
            cancelledAt = -Infinity;
            notify('failed', t('notice.failed'), t('notice.failedBody', { file }));
          }
          return;
        case 'PrintPaused':
          file = fileOf(payload);
          notify('paused', t('notice.paused'), t('notice.pausedBody', { file }));
          return;
        case 'Disconnecting':
        case 'Disconnected':
          if (active || now() - cancelledAt < DISCONNECT_GRACE_MS) {
            active = false;
            cancelledAt = -Infinity;
            notify('disconnected', t('notice.disconnected'), t('notice.disconnectedBody', { file }));
          }
          return;
      }
    },
  };
}

/** Shows a notice as a browser notification when allowed; some browsers (Android) allow it only from the worker. */
export function browserNotice(n: PrintNotice): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    new Notification(n.title, { body: n.body, tag: n.tag });
  } catch {
    if (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller)
      void navigator.serviceWorker.ready.then((r) => r.showNotification(n.title, { body: n.body, tag: n.tag }));
  }
}
