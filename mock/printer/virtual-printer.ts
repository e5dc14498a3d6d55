// The virtual printer: heaters, temperature points, state, job and terminal lines, on a scalable clock.
import { EventEmitter } from 'node:events';
import { PrinterClock } from './clock.ts';
import { Heater } from './heater.ts';
import type { MarkingJson, PrinterEvents, TempPointJson } from './types.ts';

export interface PrinterOptions {
  speed: number;
  tools: number;
  cutoffMinutes: number;
  /** Printer seconds between temperature reports (M155 S2 autoreport). */
  reportInterval: number;
}

const OPERATIONAL_FLAGS = {
  operational: true, printing: false, cancelling: false, pausing: false, resuming: false, finishing: false,
  closedOrError: false, error: false, paused: false, ready: true, sdReady: true,
};

export class VirtualPrinter extends EventEmitter<PrinterEvents> {
  readonly clock: PrinterClock;
  readonly heaters: Heater[];
  readonly options: PrinterOptions;
  stateText = 'Operational';
  flags = { ...OPERATIONAL_FLAGS };
  stateError = '';
  /** Every temperature point produced, for /mock/truth. */
  readonly truth: TempPointJson[] = [];
  readonly markings: MarkingJson[] = [];
  readonly logs: string[] = [];
  readonly messages: string[] = [];
  private history: TempPointJson[] = [];
  private lastStep: number;
  private nextReport: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastIdleLine = 0;

  constructor(options: Partial<PrinterOptions> = {}) {
    super();
    this.options = { speed: 1, tools: 1, cutoffMinutes: 30, reportInterval: 2, ...options };
    this.clock = new PrinterClock(this.options.speed);
    this.heaters = [];
    for (let i = 0; i < this.options.tools; i++) this.heaters.push(new Heater(`tool${i}`));
    this.heaters.push(new Heater('bed', 15, 2));
    this.lastStep = this.clock.now();
    this.nextReport = this.lastStep;
    this.markings.push({ type: 'connected', label: 'Connected', time: this.clock.seconds() });
    this.log('Changing monitoring state from "Connecting" to "Operational"');
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), 100);
    this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Advances heaters to now, emitting a point at every report boundary (several per tick at high speed). */
  tick(): void {
    const now = this.clock.now();
    while (this.nextReport <= now) {
      this.advanceTo(this.nextReport);
      this.addPoint();
      this.nextReport += this.options.reportInterval * 1000;
    }
    this.advanceTo(now);
    if (Date.now() - this.lastIdleLine >= 1000) {
      // OctoPrint's virtual printer says something at least once a second, which keeps `current` flowing.
      this.lastIdleLine = Date.now();
      this.log('Recv: wait');
    }
  }

  heater(id: string): Heater | undefined {
    return this.heaters.find((h) => h.id === id);
  }

  /** M104/M140: sets a target; the firmware's reply adds an immediate extra point, as observed. */
  setTarget(id: string, target: number): boolean {
    const h = this.heater(id);
    if (!h) return false;
    this.advanceTo(this.clock.now());
    h.target = target;
    const gcode = id === 'bed' ? `M140 S${target}` : `M104 ${id === 'tool0' ? '' : `T${id.slice(4)} `}S${target}`;
    this.log(`Send: ${gcode}`);
    this.log('Recv: ok');
    this.addPoint();
    return true;
  }

  /** Temperature points within the cutoff, for `history`. */
  tempHistory(): TempPointJson[] {
    this.trimHistory();
    return this.history.slice();
  }

  snapshot(): Record<string, unknown> {
    return {
      state: { text: this.stateText, flags: { ...this.flags }, error: this.stateError },
      job: {
        file: { name: null, path: null, size: null, origin: null, date: null },
        estimatedPrintTime: null, lastPrintTime: null, filament: { length: null, volume: null }, user: null,
      },
      currentZ: null,
      progress: { completion: null, filepos: null, printTime: null, printTimeLeft: null, printTimeLeftOrigin: null },
      offsets: {},
      resends: { count: 0, transmitted: 8, ratio: 0 },
    };
  }

  private advanceTo(t: number): void {
    const dt = (t - this.lastStep) / 1000;
    if (dt <= 0) return;
    // Sub-steps keep the easing stable when one tick covers minutes of printer time.
    const steps = Math.max(1, Math.ceil(dt / 0.5));
    for (let i = 0; i < steps; i++) for (const h of this.heaters) h.step(dt / steps);
    this.lastStep = t;
  }

  private addPoint(): void {
    const point: TempPointJson = { time: Math.floor(this.lastStep / 1000) };
    for (const h of this.heaters) point[h.id] = h.reading();
    point.chamber = { actual: null, target: null };
    this.history.push(point);
    this.truth.push(point);
    this.trimHistory();
    const t = this.heaters.map((h) => `${h.id === 'bed' ? 'B' : `T${h.id.slice(4)}`}:${h.reading().actual.toFixed(2)}/ ${h.target.toFixed(2)}`).join(' ');
    this.message(`${t} @:64`);
    this.emit('temp', point);
    this.emit('change');
  }

  private trimHistory(): void {
    const cutoff = this.clock.seconds() - this.options.cutoffMinutes * 60;
    let drop = 0;
    while (drop < this.history.length && (this.history[drop]?.time ?? 0) < cutoff) drop++;
    if (drop > 0) this.history.splice(0, drop);
  }

  log(line: string): void {
    this.logs.push(line);
    if (this.logs.length > 300) this.logs.splice(0, this.logs.length - 300);
    this.emit('log', line);
    this.emit('change');
  }

  message(line: string): void {
    this.messages.push(line);
    if (this.messages.length > 300) this.messages.splice(0, this.messages.length - 300);
    this.emit('message', line);
  }
}
