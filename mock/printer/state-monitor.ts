// OctoPrint's StateMonitor: a change wakes it, it sends the printer's current data at most every 500 ms (so lines
// wait in the sockets' backlogs until then), and the idle virtual printer's chatter that keeps it busy.
import type { VirtualPrinter } from './virtual-printer.ts';

const INTERVAL_MS = 500;
/** The virtual printer answers OctoPrint's polls shortly after each update, so its line waits for the next one. */
const REPLY_MS = 30;

export class StateMonitor {
  private last = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private reply: ReturnType<typeof setTimeout> | null = null;
  private flip = false;

  constructor(private readonly p: VirtualPrinter) {}

  /** Something changed: an update goes out now or when the interval since the last one is over. */
  changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.update(), Math.max(0, this.last + INTERVAL_MS - Date.now()));
    this.timer.unref?.();
  }

  private update(): void {
    this.timer = null;
    this.last = Date.now();
    this.p.emit('change');
    this.scheduleReply();
  }

  /** Starts the chatter of a printer that is connected but had nothing to say for a while. */
  tick(): void {
    if (!this.timer && !this.reply && Date.now() - this.last > INTERVAL_MS + REPLY_MS) this.scheduleReply();
  }

  private scheduleReply(): void {
    if (this.reply || !this.p.connected) return;
    this.reply = setTimeout(() => {
      this.reply = null;
      if (!this.p.connected) return;
      // As recorded: an idle 1.11.8 virtual printer alternates these, one a current; a printing one acknowledges.
      this.flip = !this.flip;
      this.p.log(this.p.stateId === 'PRINTING' ? 'Recv: ok' : this.flip ? 'Recv: wait' : 'Recv: Not SD printing');
    }, REPLY_MS);
    this.reply.unref?.();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.reply) clearTimeout(this.reply);
    this.timer = null;
    this.reply = null;
  }
}
