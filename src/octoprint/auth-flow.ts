// The socket's authentication sequence: login after `connected`, reauthenticate on `reauthRequired`, bounded failures.
// Only a refused login (REST 400/401/403) or the socket refusing our session (`stale`) again and again is a failure:
// `modified`, `logout` and `removed` report a change made elsewhere and may come many times a day.
import { problem, problemOf, type Problem } from './problem.ts';
import type { AuthProvider, Credentials } from './socket-types.ts';

/** What the flow needs from the socket client. */
export interface AuthHost {
  /** Identity of the current link: a login that completes after it changed is ignored. */
  link(): unknown;
  started(): void;
  send(credentials: Credentials): void;
  /** The login threw; `permanent` when retrying cannot help (400/401/403). */
  loginFailed(message: string, permanent: boolean, why: Problem): void;
  /** The socket refused our fresh session too many times in a row. */
  exhausted(reason: string, why: Problem): void;
}

export class AuthFlow {
  user: string | null = null;
  private failures = 0;
  private running = false;
  /** A reason that came while a login was under way: one more login follows it. */
  private again: string | null = null;

  constructor(
    private readonly provider: AuthProvider,
    private readonly maxFailures: number,
    private readonly host: AuthHost,
  ) {}

  /** Data arrived on the logged-in socket: the session works, the failure count starts again. */
  succeeded(): void {
    this.failures = 0;
  }

  /** Logs in (reason null, after `connected`) or reauthenticates (after `reauthRequired` with its reason). */
  async run(reason: string | null): Promise<void> {
    if (reason === 'stale' && ++this.failures > this.maxFailures) {
      this.host.exhausted(
        `authentication failed ${this.maxFailures} times (last reason: ${reason})`,
        problem('auth.exhausted', { times: this.maxFailures, reason }),
      );
      return;
    }
    // OctoPrint sends one `modified` per session of the user, and every API-key login adds a session: answering each
    // with a login of its own would double the next burst. One login under way (and one after it) covers a burst.
    if (reason !== null && this.running) {
      this.again = reason;
      return;
    }
    this.running = true;
    try {
      await this.login(reason);
    } finally {
      this.running = false;
    }
    const again = this.again;
    this.again = null;
    if (again !== null) await this.run(again);
  }

  private async login(reason: string | null): Promise<void> {
    const link = this.host.link();
    this.host.started();
    let creds: Credentials;
    try {
      creds =
        reason !== null && this.provider.reauthenticate
          ? await this.provider.reauthenticate(reason)
          : await this.provider.login();
    } catch (err) {
      if (this.host.link() !== link) return;
      // The socket is being dropped or stopped: a login queued behind this one has nothing left to log in.
      this.again = null;
      const status = (err as { status?: unknown } | null)?.status;
      const message = err instanceof Error ? err.message : String(err);
      // What the login call reported (a RestError's problem), else the thrown text as it is.
      const cause = problemOf(err) ?? problem('rest.network', { error: message });
      // After a reauthRequired, the failure says why OctoPrint asked, not only that the login was refused.
      this.host.loginFailed(
        reason === null ? message : `${reauthText(reason)}, and logging in again failed (${message})`,
        status === 400 || status === 401 || status === 403,
        reason === null ? cause : problem('auth.reloginFailed', { reason }, cause),
      );
      return;
    }
    if (this.host.link() !== link) return;
    this.user = creds.name;
    this.host.send(creds);
  }
}

/** OctoPrint's reauthRequired reasons, in words. */
export function reauthText(reason: string): string {
  switch (reason) {
    case 'logout':
      return 'OctoPrint logged this user out';
    case 'stale':
      return 'the OctoPrint session expired';
    case 'removed':
      return 'the user or its API key was removed in OctoPrint';
    case 'modified':
      return "the user's permissions were changed in OctoPrint";
    default:
      return `OctoPrint asked to log in again (${reason.slice(0, 40)})`;
  }
}
