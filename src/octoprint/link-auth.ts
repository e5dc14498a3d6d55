// Whether the socket is logged in and live, from the protocol messages and the auth flow (docs/octoprint-semantics.md §1):
// OctoPrint registers a socket once, with its one `history`; a later login on it is live once the `auth` is sent.
import { AuthFlow, type AuthHost } from './auth-flow.ts';
import type { AuthProvider, Credentials } from './socket-types.ts';
import type { KnownMessage } from './types.ts';

export interface LinkAuthHost extends Omit<AuthHost, 'send'> {
  state(): string;
  sendAuth(credentials: Credentials): void;
  /** The link is live: after its `history`, or (`relogin`) once a new login was sent on a registered socket. */
  ready(relogin: boolean): void;
}

export class LinkAuth {
  /** Logged in on the current socket (as far as the client knows). */
  authed = false;
  /** OctoPrint registered this socket (its one `history` came): a later `auth` on it brings no second one. */
  private registered = false;
  private readonly flow: AuthFlow | null;

  constructor(
    provider: AuthProvider | null,
    maxFailures: number,
    private readonly host: LinkAuthHost,
  ) {
    this.flow =
      provider &&
      new AuthFlow(provider, maxFailures, {
        ...host,
        send: (credentials) => {
          host.sendAuth(credentials);
          // A re-login on a registered socket is answered by ClientAuthed and more `current`s, never a `history`.
          if (this.registered) this.live(true);
        },
      });
  }

  get user(): string {
    return this.flow?.user ?? '';
  }

  /** Reacts to a protocol message; true when its `history` made the link live. */
  onMessage(message: KnownMessage): boolean {
    const flow = this.flow;
    if (message.key === 'connected') {
      this.authed = false;
      if (flow) void flow.run(null);
    } else if (message.key === 'history' && !this.authed && (this.host.state() === 'authenticating' || !flow)) {
      this.registered = true;
      this.live(false);
      return true;
    } else if ((message.key === 'current' || message.key === 'history') && this.authed) {
      // Data flows on the logged-in socket: the last login was accepted.
      flow?.succeeded();
    } else if (message.key === 'reauthRequired' && flow) {
      this.authed = false;
      void flow.run(message.data.reason);
    }
    return false;
  }

  /** A new socket: nothing is logged in or registered on it yet. */
  reset(): void {
    this.authed = false;
    this.registered = false;
  }

  /** The user starts afresh: past failures are forgotten. */
  forgetFailures(): void {
    this.flow?.succeeded();
  }

  private live(relogin: boolean): void {
    this.authed = true;
    this.flow?.succeeded();
    this.host.ready(relogin);
  }
}
