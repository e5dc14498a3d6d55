// Hysteresis between a farm card's visibility and its socket's state part: a card scrolled past, or out of view for a
// moment, keeps its subscription; only a card that stays away turns its state off, and one that stays in view back on.

/** Out of view this long before state goes off: scrolling about, re-sorting or a filter flicked back costs nothing. */
export const STATE_OFF_AFTER_MS = 5000;
/** In view this long before state comes back on (a `history` each time): a card a fast scroll passes stays off. */
export const STATE_ON_AFTER_MS = 250;

export class ViewGate {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: boolean | null = null;

  /** `on`: the state part the socket has now (every connection starts with it on). */
  constructor(
    private readonly apply: (on: boolean) => void,
    private on = true,
  ) {}

  get stateOn(): boolean {
    return this.on;
  }

  /** The card is in view (true) or not; the state part follows once that has held for its delay. */
  set(inView: boolean): void {
    if (inView === this.on) {
      // Back where it was before the delay ran out: nothing changes, nothing is sent.
      this.cancel();
      return;
    }
    if (this.pending === inView) return;
    this.cancel();
    this.pending = inView;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.pending = null;
        this.on = inView;
        this.apply(inView);
      },
      inView ? STATE_ON_AFTER_MS : STATE_OFF_AFTER_MS,
    );
  }

  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
