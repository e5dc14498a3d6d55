// The print job: selection, start, progress through the G-code, pause/resume/cancel and completion, with
// OctoPrint's events in the recorded order (docs/octoprint-observed.md §4 "typical sequences").
import type { StoredFile } from './files.ts';
import { zOf } from './gcode-analysis.ts';
import type { VirtualPrinter } from './virtual-printer.ts';

/** At most this many Send:/Recv: lines per tick, so high --speed does not flood the terminal backlog. */
const MAX_LINES_PER_TICK = 12;

function checksum(s: string): number {
  let cs = 0;
  for (let i = 0; i < s.length; i++) cs ^= s.charCodeAt(i);
  return cs & 0xff;
}

export class JobRunner {
  file: StoredFile | null = null;
  user: string | null = null;
  everSelected = false;
  /** Progress is null until a print starts and again after a cancel. */
  active = false;
  line = 0;
  elapsed = 0;
  currentZ: number | null = null;
  private lineNumber = 1;
  private readonly pos = { x: 0, y: 0, z: 0, e: 0, f: 1800, t: 0 };

  constructor(private readonly p: VirtualPrinter) {}

  private payload(extra: Record<string, unknown> = {}): Record<string, unknown> {
    const f = this.file;
    return {
      name: f?.name,
      path: f?.path,
      origin: 'local',
      size: f?.size ?? null,
      owner: f?.user ?? this.user,
      user: this.user,
      ...extra,
    };
  }

  get filepos(): number {
    // A last line without a newline ends at the file's size, not one past it (completion never exceeds 100 %).
    return this.line === 0 || !this.file
      ? 0
      : Math.min(this.file.size, this.file.lineEnds[this.line - 1] ?? this.file.size);
  }

  select(file: StoredFile, user: string): void {
    this.file = file;
    this.user = user;
    this.everSelected = true;
    this.active = false;
    this.p.event('FileSelected', {
      name: file.name,
      path: file.path,
      origin: 'local',
      size: null,
      owner: file.user,
      user,
    });
    this.p.changed();
  }

  deselect(): void {
    if (!this.file) return;
    this.file = null;
    this.active = false;
    this.p.event('FileDeselected', null);
  }

  start(): void {
    if (!this.file) return;
    this.active = true;
    this.line = 0;
    this.elapsed = 0;
    this.currentZ = null;
    this.p.setState('STARTING');
    this.p.log('Send: N0 M110 N0*125');
    this.p.event('PrintStarted', this.payload());
    this.p.mark('print', 'Start');
    this.p.setState('PRINTING');
  }

  /** Advances the print by `dt` printer seconds. */
  tick(dt: number): void {
    const f = this.file;
    if (!f || this.p.stateId !== 'PRINTING') return;
    this.elapsed += dt;
    const target = Math.min(f.lines.length, Math.floor((this.elapsed / Math.max(f.duration, 0.001)) * f.lines.length));
    let logged = 0;
    while (this.line < target) {
      const raw = f.lines[this.line] ?? '';
      this.line++;
      const code = raw.split(';')[0]?.trim() ?? '';
      if (!code) continue;
      this.track(code);
      if (logged < MAX_LINES_PER_TICK) {
        const cmd = `N${this.lineNumber} ${code}`;
        this.p.log(`Send: ${cmd}*${checksum(cmd)}`);
        this.p.log('Recv: ok');
        logged++;
      }
      this.lineNumber++;
      if (code.startsWith('M117 ')) this.p.message(`echo:${code.slice(5)}`);
    }
    if (this.line >= f.lines.length) this.finish();
    else this.p.changed();
  }

  private track(code: string): void {
    if (/^G28\b/.test(code)) this.p.event('Home', null);
    if (!/^G[01]\b/.test(code)) return;
    const z = zOf(code);
    for (const m of code.matchAll(/([XYEF])(-?[\d.]+)/g)) {
      const k = (m[1] ?? '').toLowerCase() as 'x' | 'y' | 'e' | 'f';
      this.pos[k] = Number(m[2]);
    }
    if (z !== null && z !== this.currentZ) {
      this.p.event('ZChange', { new: z, old: this.currentZ });
      this.currentZ = z;
      this.pos.z = z;
    }
  }

  private finish(): void {
    const f = this.file;
    if (!f) return;
    const time = this.elapsed;
    this.p.setState('FINISHING');
    this.p.mark('done', 'Done');
    this.p.event('PrintDone', { name: f.name, path: f.path, origin: 'local', size: f.size, owner: f.user, time });
    f.prints.success++;
    f.prints.last = { date: this.p.clock.seconds(), success: true, printTime: time };
    this.p.achievement('one_small_step_for_man', "That's One Small Step For (A) Man", 'Finish your first print.');
    this.p.event('MetadataStatisticsUpdated', { storage: 'local', path: f.path });
    this.p.schedule(0.6, () => {
      if (this.p.stateId === 'FINISHING') this.p.setState('OPERATIONAL');
    });
  }

  pause(): void {
    this.p.setState('PAUSING');
    this.p.schedule(0.45, () => {
      if (this.p.stateId !== 'PAUSING') return;
      const position = { ...this.pos };
      this.p.event(
        'PrintPaused',
        this.payload({ position, fileposition: this.filepos, progress: Math.floor(this.completion() ?? 0) }),
      );
      this.p.mark('pause', 'Pause');
      this.p.event('PositionUpdate', { reason: 'pause', ...position });
      this.p.setState('PAUSED');
    });
  }

  resume(): void {
    this.p.setState('RESUMING');
    this.p.event('PrintResumed', this.payload());
    this.p.mark('resume', 'Resume');
    this.p.setState('PRINTING');
  }

  cancel(): void {
    const nulls = { y: null, t: null, f: null, z: null, x: null, e: null };
    const common = this.payload({
      position: nulls,
      fileposition: this.filepos,
      progress: Math.floor(this.completion() ?? 0),
    });
    this.p.event('PrintCancelling', this.payload());
    this.p.setState('CANCELLING');
    this.p.event('PrintCancelled', { ...common, time: this.elapsed });
    this.p.mark('cancel', 'Cancel');
    if (this.file) this.file.prints.failure++;
    this.p.achievement('all_beginnings_are_hard', 'All Beginnings Are Hard', 'Cancel your first print.');
    this.p.event('MetadataStatisticsUpdated', { storage: 'local', path: this.file?.path });
    this.p.event('PrintFailed', { ...common, time: this.elapsed, reason: 'cancelled' });
    this.active = false;
    this.p.setState('OPERATIONAL');
  }

  /** PrintFailed for a print the printer ended (a firmware error): OctoPrint's payload, reason "error". */
  failed(): void {
    const nulls = { y: null, t: null, f: null, z: null, x: null, e: null };
    if (this.file) this.file.prints.failure++;
    this.p.event('PrintFailed', {
      ...this.payload({ position: nulls, fileposition: this.filepos, progress: Math.floor(this.completion() ?? 0) }),
      time: this.elapsed,
      reason: 'error',
    });
  }

  completion(): number | null {
    if (!this.active || !this.file) return null;
    return this.file.size ? (this.filepos / this.file.size) * 100 : 100;
  }

  jobJson(offline: boolean): Record<string, unknown> {
    const f = offline ? null : this.file;
    const last = f?.prints.last?.printTime ?? null;
    const file: Record<string, unknown> = { name: f?.name ?? null, path: f?.path ?? null };
    if (this.everSelected) file.display = f?.name ?? null;
    Object.assign(file, { origin: f ? 'local' : null, size: f?.size ?? null, date: f?.date ?? null });
    const job: Record<string, unknown> = { file, estimatedPrintTime: f?.analysis?.estimatedPrintTime ?? null };
    if (this.everSelected) job.averagePrintTime = last;
    job.lastPrintTime = last;
    job.filament = offline ? null : f?.analysis ? f.analysis.filament : { length: null, volume: null };
    job.user = f ? this.user : null;
    return job;
  }

  progressJson(): Record<string, unknown> {
    const completion = this.completion();
    if (completion === null || !this.file) {
      return { completion: null, filepos: null, printTime: null, printTimeLeft: null, printTimeLeftOrigin: null };
    }
    const done = completion >= 100;
    const average = this.file.prints.last?.printTime;
    let left: number;
    let origin: string | null;
    if (done) [left, origin] = [0, null];
    else if (average !== undefined) [left, origin] = [Math.max(0, Math.round(average - this.elapsed)), 'average'];
    else if (completion > 5)
      [left, origin] = [Math.max(0, Math.round(this.elapsed / (completion / 100) - this.elapsed)), 'linear'];
    else [left, origin] = [Math.max(0, Math.round(this.file.duration - this.elapsed)), 'analysis'];
    return {
      completion,
      filepos: this.filepos,
      printTime: Math.floor(this.elapsed),
      printTimeLeft: left,
      printTimeLeftOrigin: origin,
    };
  }
}
