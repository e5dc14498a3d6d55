// A uPlot plugin that draws OctoPrint's markings as thin lines with small flags on top; close flags are grouped so
// no two labels overlap (the newest label, plus how many more it stands for).
import type uPlot from 'uplot';
import type { Marking } from '../../octoprint/types.ts';
import { englishLabel, t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';

/** Which state colour each marking type takes (the page's `--state-*` tokens). */
const MARK_STATE: Record<string, string> = {
  print: 'printing',
  resume: 'printing',
  done: 'ready',
  pause: 'paused',
  cancel: 'error',
  error: 'error',
  connected: 'ready',
  disconnected: 'offline',
  clock: 'offline',
};

export interface MarkingsLook {
  markings(): readonly Marking[];
  stateColor(name: string): string | undefined;
}

export interface Flag {
  x: number;
  marks: Marking[];
  /** Where the flag is drawn: from its line to the right, or to the left of it at the plot's right edge. */
  start: number;
  end: number;
}

/**
 * Marks in view (left to right) grouped into flags that never overlap: a mark whose flag would touch the one before
 * joins that flag instead. `right` is the plot's right edge, where flags hang to the left of their line.
 */
export function groupFlags(
  marks: readonly { x: number; mark: Marking }[],
  widthOf: (text: string) => number,
  gap: number,
  right: number,
): Flag[] {
  const place = (f: Flag) => {
    const w = widthOf(flagText(f.marks));
    f.start = f.x + w > right ? f.x - w : f.x;
    f.end = f.start + w;
  };
  const flags: Flag[] = [];
  for (const { x, mark } of marks) {
    const f: Flag = { x, marks: [mark], start: 0, end: 0 };
    place(f);
    flags.push(f);
    // Merge backwards while the newest flag touches the one before (a merged flag is wider and may touch again).
    while (flags.length > 1) {
      const b = flags[flags.length - 1] as Flag;
      const a = flags[flags.length - 2] as Flag;
      if (b.start >= a.end + gap) break;
      a.marks.push(...b.marks);
      flags.pop();
      place(a);
    }
  }
  return flags;
}

const KNOWN_MARKINGS = new Set(['print', 'done', 'cancel', 'pause', 'resume', 'connected', 'disconnected']);

/** OctoPrint's own label for one of its own types ("Start" for print) in the active language; null for any other. */
function ownLabel(m: Marking): string | null {
  if (!KNOWN_MARKINGS.has(m.type)) return null;
  const id = `marking.${m.type}` as MessageId;
  return m.label === englishLabel(id) ? t(id) : null;
}

/** The newest mark's label, and "+N" for the others grouped with it. Network text, drawn as text, never markup. */
export function flagText(marks: readonly Marking[]): string {
  const newest = marks[marks.length - 1] as Marking;
  const label = ownLabel(newest) ?? (newest.label || newest.type).slice(0, 24);
  return marks.length > 1 ? `${label} +${marks.length - 1}` : label;
}

export function markingsPlugin(look: MarkingsLook): uPlot.Plugin {
  const colorOf = (m: Marking) => look.stateColor(MARK_STATE[m.type] ?? 'offline') ?? '#8b949e';
  return {
    hooks: {
      draw: [
        (u) => {
          const all = look.markings();
          if (all.length === 0) return;
          const { ctx } = u;
          const { left, top, width, height } = u.bbox;
          const min = u.scales.x?.min ?? 0;
          const max = u.scales.x?.max ?? 0;
          const dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
          const inView: { x: number; mark: Marking }[] = [];
          for (const m of all) {
            if (m.time < min || m.time > max) continue;
            inView.push({ x: Math.round(u.valToPos(m.time, 'x', true)), mark: m });
          }
          if (inView.length === 0) return;
          ctx.save();
          ctx.lineWidth = dpr;
          ctx.setLineDash([2 * dpr, 3 * dpr]);
          for (const { x, mark } of inView) {
            ctx.strokeStyle = colorOf(mark);
            ctx.beginPath();
            ctx.moveTo(x + 0.5, top);
            ctx.lineTo(x + 0.5, top + height);
            ctx.stroke();
          }
          ctx.setLineDash([]);
          ctx.font = `${10 * dpr}px system-ui, sans-serif`;
          ctx.textBaseline = 'middle';
          ctx.textAlign = 'left';
          const pad = 3 * dpr;
          const h = 14 * dpr;
          const widthOf = (t: string) => ctx.measureText(t).width + 2 * pad;
          for (const flag of groupFlags(inView, widthOf, 2 * dpr, left + width)) {
            ctx.fillStyle = colorOf(flag.marks[flag.marks.length - 1] as Marking);
            ctx.fillRect(flag.start, top, flag.end - flag.start, h);
            ctx.fillStyle = '#fff';
            ctx.fillText(flagText(flag.marks), flag.start + pad, top + h / 2);
          }
          ctx.restore();
        },
      ],
    },
  };
}
