// When the kiosk dims: after a set time without a touch while the printer is off or idle; never during a print.

type Listener = () => void;

export class DimTimer {
  private dimmed = false;
  private busy = true;
  private afterMs: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  /** `busy`: a print runs or is paused; `afterMs`: the idle time before dimming, null for never. */
  set(busy: boolean, afterMs: number | null): void {
    if (busy === this.busy && afterMs === this.afterMs) return;
    this.busy = busy;
    this.afterMs = afterMs;
    if (busy || afterMs === null) this.setDimmed(false);
    this.restart();
  }

  /** A touch or a key while lit: the idle time starts over. While dimmed only wake() lights the screen. */
  poke(): void {
    if (!this.dimmed) this.restart();
  }

  /** An arrow, so the view can hand it on as a stable callback. */
  wake = (): void => {
    this.setDimmed(false);
    this.restart();
  };

  isDimmed = (): boolean => this.dimmed;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }

  private restart(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.busy || this.afterMs === null) return;
    this.timer = setTimeout(() => this.setDimmed(true), this.afterMs);
  }

  private setDimmed(v: boolean): void {
    if (v === this.dimmed) return;
    this.dimmed = v;
    for (const l of [...this.listeners]) l();
  }
}
