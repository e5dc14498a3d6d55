// What went wrong, as a code with its data: this layer has no words of its own for the page; the page words each
// problem in the reader's language (src/store/problem-text.ts), again whenever the language changes.

/** Every problem the socket and REST clients report; the values each one carries are listed beside it. */
export type ProblemCode =
  | 'socket.openFailed' // error
  | 'socket.sendFailed' // error
  | 'socket.connectTimeout' // seconds
  | 'socket.noData' // seconds
  | 'socket.dead' // seconds
  | 'socket.offline'
  | 'socket.badMessage' // detail (the parser's, technical)
  | 'socket.handlerThrew' // type, error
  | 'socket.extensionThrew' // name, error
  | 'socket.listenerThrew' // event, error
  | 'auth.loginFailed' // cause
  | 'auth.reloginFailed' // reason (OctoPrint's reauthRequired reason), cause
  | 'auth.exhausted' // times, reason
  | 'rest.timeout' // what, seconds
  | 'rest.network' // error
  | 'rest.bodyTimeout' // what, seconds
  | 'rest.bodyBroken' // what, error
  | 'rest.status' // status, error (OctoPrint's own text, shown as sent)
  | 'rest.noUser'
  | 'rest.badPath' // path
  | 'rest.refused' // permission (OctoPrint's name for it)
  | 'upload.network'
  | 'upload.aborted';

export interface Problem {
  code: ProblemCode;
  values?: Record<string, string | number>;
  /** What caused it (a login that failed because its REST call timed out). */
  cause?: Problem;
}

export const problem = (code: ProblemCode, values?: Problem['values'], cause?: Problem): Problem => ({
  code,
  ...(values ? { values } : {}),
  ...(cause ? { cause } : {}),
});

/** The problem an error carries (a RestError, or anything with a `problem`), else null. */
export function problemOf(err: unknown): Problem | null {
  const p = (err as { problem?: unknown } | null)?.problem;
  return typeof p === 'object' && p !== null && typeof (p as Problem).code === 'string' ? (p as Problem) : null;
}
