// Timelapse as OctoPrint 1.11.8's timelapse.py reports it: the config every socket gets on registration and on
// change (`timelapse` messages), and a render's MovieRendering, renderProgress and MovieDone or MovieFailed.
import type { VirtualPrinter } from './virtual-printer.ts';

export type TimelapseConfig =
  null | { type: 'timed'; options: { interval: number } } | { type: 'zchange'; options: { retractionZHop: number } };

export interface RenderOptions {
  gcode: string;
  /** Printer seconds the render takes. */
  seconds: number;
  /** Ends with MovieFailed (ffmpeg's return code 1) instead of MovieDone. */
  fail: boolean;
}

const PROGRESS_STEPS = 4;

export class Timelapse {
  /** null while timelapses are off (what a fresh 1.11.8 sends). */
  config: TimelapseConfig = null;
  /** The render in progress (OctoPrint's current_render_job), sent as MovieRendering to sockets that register meanwhile. */
  renderJob: Record<string, unknown> | null = null;

  constructor(private readonly printer: VirtualPrinter) {}

  /** notify_callbacks: every registered socket gets the new config. */
  configure(config: TimelapseConfig): void {
    this.config = config;
    this.printer.emit('message-type', 'timelapse', config);
  }

  render(o: RenderOptions): Record<string, unknown> {
    if (this.renderJob) throw new Error('a timelapse is already rendering');
    const p = this.printer;
    // The capture's prefix is the file's name and the print's start time; the movie is named after it.
    const stamp = new Date(p.clock.now()).toISOString().replace(/[-:]/g, '').replace('T', '').slice(0, 14);
    const prefix = `${o.gcode.replace(/\.[^.]*$/, '')}_${stamp}`;
    const basename = `${prefix}.mp4`;
    const payload = {
      gcode: o.gcode,
      movie: `/home/pi/.octoprint/timelapse/${basename}`,
      movie_basename: basename,
      movie_prefix: prefix,
    };
    this.renderJob = { prefix, ...payload };
    p.event('MovieRendering', payload);
    for (let i = 1; i <= PROGRESS_STEPS; i++) {
      p.schedule((o.seconds * i) / (PROGRESS_STEPS + 1), () =>
        p.emit('message-type', 'renderProgress', { progress: (100 * i) / (PROGRESS_STEPS + 1) }),
      );
    }
    p.schedule(o.seconds, () => {
      this.renderJob = null;
      if (o.fail) {
        p.event('MovieFailed', {
          ...payload,
          returncode: 1,
          out: '',
          error: `${basename}: Invalid data found when processing input`,
          reason: 'returncode',
        });
      } else p.event('MovieDone', payload);
    });
    return payload;
  }
}
