// Words for the protocol layer's problems (src/octoprint/problem.ts) in the active language, worded each time they
// are shown, so a language change re-words a message already on screen.
import { problemOf, type Problem, type ProblemCode } from '../octoprint/problem.ts';
import { currentLocale, t, type MessageId } from '../shared/i18n.ts';

// A record, not a string template: a new code without words does not compile.
const WORDS: Record<ProblemCode, MessageId> = {
  'socket.openFailed': 'problem.socket.openFailed',
  'socket.sendFailed': 'problem.socket.sendFailed',
  'socket.connectTimeout': 'problem.socket.connectTimeout',
  'socket.noData': 'problem.socket.noData',
  'socket.dead': 'problem.socket.dead',
  'socket.offline': 'problem.socket.offline',
  'socket.badMessage': 'problem.socket.badMessage',
  'socket.handlerThrew': 'problem.socket.handlerThrew',
  'socket.extensionThrew': 'problem.socket.extensionThrew',
  'socket.listenerThrew': 'problem.socket.listenerThrew',
  'auth.loginFailed': 'problem.auth.loginFailed',
  'auth.reloginFailed': 'problem.auth.reloginFailed',
  'auth.exhausted': 'problem.auth.exhausted',
  'rest.timeout': 'problem.rest.timeout',
  'rest.network': 'problem.rest.network',
  'rest.bodyTimeout': 'problem.rest.bodyTimeout',
  'rest.bodyBroken': 'problem.rest.bodyBroken',
  'rest.status': 'problem.rest.status',
  'rest.noUser': 'problem.rest.noUser',
  'rest.badPath': 'problem.rest.badPath',
  'rest.refused': 'problem.rest.refused',
  'upload.network': 'problem.upload.network',
  'upload.aborted': 'problem.upload.aborted',
};

const REAUTH: Record<string, MessageId> = {
  logout: 'reauth.logout',
  stale: 'reauth.stale',
  removed: 'reauth.removed',
  modified: 'reauth.modified',
};

/** OctoPrint's reauthRequired reason in words; an unknown one is quoted (shortened) as the server sent it. */
export function reauthReasonText(reason: string): string {
  const id = Object.hasOwn(REAUTH, reason) ? REAUTH[reason] : undefined;
  return id ? t(id) : t('reauth.other', { reason: reason.slice(0, 40) });
}

/** The problem in the active language; its cause (and a reauth reason) worded too. Seconds in the locale's digits. */
export function problemText(p: Problem): string {
  const values: Record<string, string | number> = { ...p.values };
  if (typeof values.seconds === 'number')
    values.seconds = values.seconds.toLocaleString(currentLocale(), { maximumFractionDigits: 1 });
  if (p.code === 'auth.reloginFailed' || p.code === 'auth.exhausted')
    values.reason = reauthReasonText(String(values.reason ?? ''));
  values.cause = p.cause ? problemText(p.cause) : '';
  return t(WORDS[p.code], values);
}

/** A thrown error in words: its problem when it carries one, its own `words`, else its message as it is. */
export function errorWords(err: unknown): string {
  const p = problemOf(err);
  if (p) return problemText(p);
  const words = (err as { words?: unknown } | null)?.words;
  if (typeof words === 'function') return String(words());
  if (err instanceof Error && err.message) return err.message;
  return String(err);
}
