// A heater model shaped like OctoPrint's virtual printer: ~10 °C/s heating easing into the target, ~2 °C/s cooling.

export const AMBIENT = 21.3;

export class Heater {
  actual = AMBIENT;
  target = 0;

  constructor(
    readonly id: string,
    private readonly heatRate = 10,
    private readonly coolRate = 2,
  ) {}

  /** Advances the model by `dt` seconds of printer time. */
  step(dt: number): void {
    if (dt <= 0) return;
    const goal = this.target > 0 ? this.target : AMBIENT;
    const diff = goal - this.actual;
    if (Math.abs(diff) < 0.005) {
      this.actual = goal;
      return;
    }
    if (diff > 0) {
      // Linear at heatRate far from the target, then easing over the last half degree (observed 180 → 199.59 → 199.95 → 200).
      this.actual += diff > 0.5 ? Math.min(this.heatRate * dt, diff - 0.5) : diff * (1 - Math.exp(-3 * dt));
    } else {
      this.actual -= Math.min(this.coolRate * dt, -diff);
    }
  }

  reading(): { actual: number; target: number } {
    return { actual: Math.round(this.actual * 100) / 100, target: this.target };
  }
}
