// Handlers per message type and the ordered extension chain, all defensive: a throwing hook never breaks the socket.
import { parseMessage } from './parse.ts';
import { problem, type Problem } from './problem.ts';
import type { Extension } from './socket-types.ts';
import type { Message, MessageMap } from './types.ts';

export type Handler = (message: Message) => void;
export type TypedHandler<K extends keyof MessageMap> = (message: { key: K; data: MessageMap[K] }) => void;

/** Where a hook's exception goes: the client turns it into an `error` event. */
export type HookErrorReporter = (
  kind: 'parse' | 'handler' | 'extension',
  message: string,
  why: Problem,
  type?: string,
) => void;

export interface IngestStats {
  received: number;
  malformed: number;
  unknown: number;
  droppedByExtension: number;
}

export class MessageRouter {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly extensions: Extension[] = [];

  constructor(private readonly report: HookErrorReporter) {}

  on(type: string, handler: Handler): () => void {
    let set = this.handlers.get(type);
    if (!set) {
      set = new Set();
      this.handlers.set(type, set);
    }
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  }

  use(extension: Extension): () => void {
    this.extensions.push(extension);
    return () => {
      const i = this.extensions.indexOf(extension);
      if (i >= 0) this.extensions.splice(i, 1);
    };
  }

  /** Narrows a raw frame and runs the incoming chain; null when it was malformed (reported) or dropped. */
  ingest(raw: unknown, stats: IngestStats): Message | null {
    stats.received++;
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      stats.malformed++;
      this.report(
        'parse',
        parsed.error.error,
        problem('socket.badMessage', { detail: parsed.error.error }),
        parsed.error.type,
      );
      return null;
    }
    const message = this.incoming(parsed.message);
    if (!message) stats.droppedByExtension++;
    else if (message.unknown) stats.unknown++;
    return message;
  }

  /** Runs the incoming chain in order; null means an extension dropped the message. A throwing extension is skipped. */
  incoming(message: Message): Message | null {
    let m: Message | null = message;
    for (const ext of [...this.extensions]) {
      if (!m) break;
      if (!ext.incoming) continue;
      const current: Message = m;
      try {
        m = ext.incoming(current);
      } catch (err) {
        const why = problem('socket.extensionThrew', { name: ext.name, error: String(err) });
        this.report(
          'extension',
          `extension ${ext.name} threw on incoming ${current.key}: ${String(err)}`,
          why,
          current.key,
        );
      }
    }
    return m;
  }

  /** Runs the outgoing chain in order; null means an extension dropped the message. */
  outgoing(message: Record<string, unknown>): Record<string, unknown> | null {
    let m: Record<string, unknown> | null = message;
    for (const ext of [...this.extensions]) {
      if (!m) break;
      if (!ext.outgoing) continue;
      try {
        m = ext.outgoing(m);
      } catch (err) {
        const why = problem('socket.extensionThrew', { name: ext.name, error: String(err) });
        this.report('extension', `extension ${ext.name} threw on outgoing: ${String(err)}`, why);
      }
    }
    return m;
  }

  /** Calls the '*' handlers, then those of the type; returns how many threw. */
  dispatch(message: Message): number {
    let failures = 0;
    for (const type of ['*', message.key]) {
      const set = this.handlers.get(type);
      if (!set) continue;
      for (const h of [...set]) {
        try {
          h(message);
        } catch (err) {
          failures++;
          const why = problem('socket.handlerThrew', { type: message.key, error: String(err) });
          this.report('handler', `handler for ${message.key} threw: ${String(err)}`, why, message.key);
        }
      }
    }
    return failures;
  }
}
