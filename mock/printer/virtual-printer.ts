// The virtual printer: heaters, temperature points, state, job, markings and terminal lines, on a scalable clock.
import { EventEmitter } from 'node:events';
import { achievementPayload } from './achievements.ts';
import { PrinterClock, seededRandom } from './clock.ts';
import { Prompts } from './commands.ts';
import { FileStore } from './files.ts';
import { Heater } from './heater.ts';
import { JobRunner } from './job-runner.ts';
import { StateMonitor } from './state-monitor.ts';
import { CONNECTED_STATES, flagsOf, STATE_TEXT, type StateId } from './state-table.ts';
import { Timelapse } from './timelapse.ts';
import type { MarkingJson, PrinterEvents, PrinterOptions, TempPointJson } from './types.ts';

const BACKLOG = 300;
const TICK_MS = 100;

export class VirtualPrinter extends EventEmitter<PrinterEvents> {
  readonly clock: PrinterClock;
  readonly options: PrinterOptions;
  readonly random: () => number;
  readonly files: FileStore;
  readonly job: JobRunner;
  readonly prompts: Prompts;
  readonly timelapse = new Timelapse(this);
  private readonly monitor = new StateMonitor(this);
  heaters: Heater[] = [];
  stateId: StateId = 'OPERATIONAL';
  stateError = '';
  /** Every temperature point produced, and where in it the backlog started afresh (a page never got what came before). */
  readonly truth: TempPointJson[] = [];
  readonly truthClears: number[] = [];
  markings: MarkingJson[] = [];
  logs: string[] = [];
  messages: string[] = [];
  transmitted = 8;
  private history: TempPointJson[] = [];
  private lastStep: number;
  private nextReport: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private scheduled: { at: number; fn: () => void }[] = [];

  /** Temperature offsets set over REST, reported in every `current` as OctoPrint does (`{}` until one is set). */
  offsets: Record<string, number> = {};

  private readonly achieved = new Set<string>();

  /** action_command_notification's list, which its GET answers (a page loaded later still sees them). */
  notifications: { timestamp: number; message: string }[] = [];

  constructor(options: Partial<PrinterOptions> = {}) {
    super();
    this.setMaxListeners(0);
    this.options = { speed: 1, tools: 1, seed: 1, cutoffMinutes: 30, reportInterval: 2, ...options };
    this.clock = new PrinterClock(this.options.speed);
    this.random = seededRandom(this.options.seed);
    this.files = new FileStore(() => this.clock.now());
    this.job = new JobRunner(this);
    this.prompts = new Prompts(this);
    this.lastStep = this.clock.simNow();
    this.nextReport = this.lastStep;
    this.freshHeaters();
    this.markings.push({ type: 'connected', label: 'Connected', time: this.clock.seconds() });
    this.log('Changing monitoring state from "Connecting" to "Operational"');
  }

  get stateText(): string {
    return STATE_TEXT[this.stateId];
  }

  get connected(): boolean {
    return CONNECTED_STATES.includes(this.stateId);
  }

  get operational(): boolean {
    return flagsOf(this.stateId).operational;
  }

  /** OctoPrint's is_printing(): a running print, not a paused one. */
  get printing(): boolean {
    return flagsOf(this.stateId).printing;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref?.();
    this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.monitor.stop();
  }

  /** Runs `fn` after `seconds` of printer time (so --speed shortens it too). */
  schedule(seconds: number, fn: () => void): void {
    this.scheduled.push({ at: this.clock.simNow() + seconds * 1000, fn });
  }

  /** Advances heaters, job and scheduled actions to now; a point at every report boundary (several per tick at speed). */
  tick(): void {
    const now = this.clock.simNow();
    while (this.nextReport <= now) {
      this.advanceTo(this.nextReport);
      if (this.connected) this.addPoint();
      this.nextReport += this.options.reportInterval * 1000;
    }
    this.advanceTo(now);
    const due = this.scheduled.filter((s) => s.at <= now);
    if (due.length) {
      this.scheduled = this.scheduled.filter((s) => s.at > now);
      for (const s of due) s.fn();
    }
    // OctoPrint's virtual printer keeps talking, so a connected printer's `current` comes every 500 ms even when idle.
    if (this.connected) this.monitor.tick();
  }

  setOffset(id: string, offset: number): boolean {
    if (!this.heater(id) || !this.connected) return false;
    this.offsets[id] = offset;
    this.changed();
    return true;
  }

  heater(id: string): Heater | undefined {
    return this.heaters.find((h) => h.id === id);
  }

  /** M104/M140: sets a target; the firmware's reply adds an immediate extra point, as observed. */
  setTarget(id: string, target: number): boolean {
    const h = this.heater(id);
    if (!h || !this.connected) return false;
    this.advanceTo(this.clock.simNow());
    h.target = target;
    const gcode = id === 'bed' ? `M140 S${target}` : `M104 ${id === 'tool0' ? '' : `T${id.slice(4)} `}S${target}`;
    this.log(`Send: ${gcode}`);
    this.log('Recv: ok');
    this.addPoint();
    return true;
  }

  setState(id: StateId): void {
    if (id === this.stateId) return;
    this.log(`Changing monitoring state from "${this.stateText}" to "${STATE_TEXT[id]}"`);
    this.stateId = id;
    // Recorded: after a firmware error the state reads "Offline after error", yet the event says plain OFFLINE.
    const eventId = id === 'CLOSED_WITH_ERROR' ? 'OFFLINE' : id;
    this.event('PrinterStateChanged', { state_id: eventId, state_string: STATE_TEXT[eventId] });
    this.changed();
  }

  mark(type: string, label: string): void {
    this.markings.push({ type, label, time: this.clock.seconds() });
    this.event('ChartMarked', { type, label });
  }

  event(type: string, payload: Record<string, unknown> | null): void {
    this.emit('event', type, payload);
  }

  /** The achievements plugin's event, once per key per server run (as the bundled plugin does). */
  achievement(key: string, name: string, description: string): void {
    if (this.achieved.has(key)) return;
    this.achieved.add(key);
    this.event('plugin_achievements_achievement_unlocked', achievementPayload(key, name, description));
  }

  plugin(plugin: string, data: unknown): void {
    this.emit('plugin', plugin, data);
  }

  /** `//action:notification ...`: kept in the list and pushed, as the bundled plugin does. */
  notify(message: string): void {
    this.notifications.push({ timestamp: this.clock.seconds(), message });
    this.plugin('action_command_notification', { message });
  }

  /** The plugin clears its list when the printer disconnects, and pushes an empty message to say so. */
  clearNotifications(): void {
    this.notifications = [];
    this.plugin('action_command_notification', {});
  }

  changed(): void {
    this.monitor.changed();
  }

  /** Temperature points within the cutoff, for `history`. */
  tempHistory(): TempPointJson[] {
    this.trimHistory();
    return this.history.slice();
  }

  snapshot(): Record<string, unknown> {
    const offline = !this.connected;
    const printing = this.job.active && this.stateId !== 'OPERATIONAL';
    return {
      state: { text: this.stateText, flags: flagsOf(this.stateId), error: this.stateError },
      job: this.job.jobJson(offline),
      currentZ: this.job.currentZ,
      progress: this.job.progressJson(),
      offsets: { ...this.offsets },
      resends: { count: 0, transmitted: this.connected ? this.transmitted : 0, ratio: 0 },
      busyFiles: printing && this.job.file ? [{ origin: 'local', path: this.job.file.path }] : [],
    };
  }

  /** Back to a fresh idle operational printer: targets 0, no job, no files (for test isolation). */
  reset(): void {
    this.scheduled = [];
    this.job.file = null;
    this.job.active = false;
    this.job.everSelected = false;
    this.job.currentZ = null;
    this.files.clear();
    for (const h of this.heaters) h.target = 0;
    this.offsets = {};
    this.notifications = [];
    this.stateError = '';
    this.setState('OPERATIONAL');
    this.changed();
  }

  /** A fresh set of heaters at ambient (after a restart of the printer's firmware). */
  freshHeaters(): void {
    this.heaters = [];
    for (let i = 0; i < this.options.tools; i++) this.heaters.push(new Heater(`tool${i}`));
    this.heaters.push(new Heater('bed', 15, 2));
  }

  advanceTo(t: number): void {
    const dt = (t - this.lastStep) / 1000;
    if (dt <= 0) return;
    // Sub-steps keep the easing stable when one tick covers minutes of printer time.
    const steps = Math.max(1, Math.ceil(dt / 0.5));
    for (let i = 0; i < steps; i++) for (const h of this.heaters) h.step(dt / steps);
    this.job.tick(dt);
    this.lastStep = t;
  }

  /** Adds a temperature point; `bare` makes the heater-less `{time}` point OctoPrint sends when the port closes. */
  addPoint(bare = false): void {
    const point: TempPointJson = { time: Math.floor(this.clock.now() / 1000) };
    if (!bare) {
      for (const h of this.heaters) point[h.id] = h.reading();
      point.chamber = { actual: null, target: null };
    }
    this.history.push(point);
    this.truth.push(point);
    this.trimHistory();
    if (!bare) {
      const t = this.heaters
        .map(
          (h) =>
            `${h.id === 'bed' ? 'B' : this.heaters.length > 2 ? `T${h.id.slice(4)}` : 'T'}:${h.reading().actual.toFixed(2)}/ ${h.target.toFixed(2)}`,
        )
        .join(' ');
      this.message(`${t} @:64`);
      this.log(`Recv:  ${t} @:64`);
    }
    this.emit('temp', point);
    this.changed();
  }

  private trimHistory(): void {
    const cutoff = this.clock.seconds() - this.options.cutoffMinutes * 60;
    let drop = 0;
    while (drop < this.history.length && (this.history[drop]?.time ?? 0) < cutoff) drop++;
    if (drop > 0) this.history.splice(0, drop);
  }

  /** Forgets the temperature backlog (history restarts when the printer connects again). */
  clearHistory(): void {
    this.history = [];
    this.truthClears.push(this.truth.length);
  }

  log(line: string): void {
    this.logs.push(line);
    if (this.logs.length > BACKLOG * 2) this.logs.splice(0, this.logs.length - BACKLOG);
    this.transmitted += line.startsWith('Send:') ? 1 : 0;
    this.emit('log', line);
    this.changed();
  }

  message(line: string): void {
    this.messages.push(line);
    if (this.messages.length > BACKLOG * 2) this.messages.splice(0, this.messages.length - BACKLOG);
    this.emit('message', line);
  }
}
