// The one home of coalescing: push messages wait here for the next frame; `current`s merge, others are bounded.
import type { FrameScheduler } from './frame-scheduler.ts';
import type { Message, StateSnapshot } from './types.ts';

type CurrentMessage = { key: 'current'; data: StateSnapshot; unknown?: undefined };

interface Entry {
  message: Message;
  /** The entry's arrays were copied by a merge and may be appended to in place. */
  owned: boolean;
}

export interface PendingQueueOptions {
  scheduler: FrameScheduler;
  /** Most non-`current` messages that may wait; beyond it the oldest waiting one is dropped and counted. */
  maxPending: number;
  /** Delivered at once, after everything queued before them (a `history` resets what the currents built on). */
  immediate: ReadonlySet<string>;
  deliver(message: Message): void;
}

const isCurrent = (m: Message): m is CurrentMessage => !m.unknown && m.key === 'current';

/**
 * Latest wins for every field of a `current` except temps, logs and messages, which are concatenated: OctoPrint sends
 * those as "since the last message", so dropping one would lose temperature points.
 */
export function mergeCurrent(into: StateSnapshot, next: StateSnapshot, owned: boolean): StateSnapshot {
  if (owned) {
    into.temps.push(...next.temps);
    into.logs.push(...next.logs);
    into.messages.push(...next.messages);
    return { ...next, temps: into.temps, logs: into.logs, messages: into.messages };
  }
  return {
    ...next,
    temps: [...into.temps, ...next.temps],
    logs: [...into.logs, ...next.logs],
    messages: [...into.messages, ...next.messages],
  };
}

export class PendingQueue {
  private entries: Entry[] = [];
  private others = 0;
  private scheduled = false;
  private cancelFrame: (() => void) | null = null;
  /** Non-current messages dropped because the queue was full. */
  dropped = 0;
  /** `current` messages merged into an earlier one. */
  coalesced = 0;

  constructor(private readonly opts: PendingQueueOptions) {}

  /** Messages waiting for the next frame (a run of merged `current`s counts once). */
  get pendingCount(): number {
    return this.entries.length;
  }

  push(message: Message): void {
    if (this.opts.immediate.has(message.key)) {
      this.flush();
      this.opts.deliver(message);
      return;
    }
    const last = this.entries[this.entries.length - 1];
    if (isCurrent(message) && last && isCurrent(last.message)) {
      last.message = { key: 'current', data: mergeCurrent(last.message.data, message.data, last.owned) };
      last.owned = true;
      this.coalesced++;
      return;
    }
    if (!isCurrent(message)) {
      if (this.others >= this.opts.maxPending) this.dropOldestOther();
      this.others++;
    }
    this.entries.push({ message, owned: false });
    this.schedule();
  }

  /** Delivers everything waiting now, in arrival order. */
  flush(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.scheduled = false;
    const entries = this.entries;
    if (entries.length === 0) return;
    this.entries = [];
    this.others = 0;
    for (const e of entries) this.opts.deliver(e.message);
  }

  /** Forgets everything waiting (the client is being disposed). */
  clear(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.scheduled = false;
    this.entries = [];
    this.others = 0;
  }

  private dropOldestOther(): void {
    const i = this.entries.findIndex((e) => !isCurrent(e.message));
    this.entries.splice(i, 1);
    this.others--;
    this.dropped++;
    // Two runs of currents that the dropped message separated become neighbours: merge them to keep one per run.
    const before = this.entries[i - 1];
    const after = this.entries[i];
    if (before && after && isCurrent(before.message) && isCurrent(after.message)) {
      before.message = { key: 'current', data: mergeCurrent(before.message.data, after.message.data, before.owned) };
      before.owned = true;
      this.entries.splice(i, 1);
      this.coalesced++;
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const cancel = this.opts.scheduler.request(() => {
      this.cancelFrame = null;
      this.flush();
    });
    // A synchronous scheduler has already flushed; keep its cancel function only while a frame is outstanding.
    if (this.scheduled) this.cancelFrame = cancel;
  }
}
