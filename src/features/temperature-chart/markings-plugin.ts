// A uPlot plugin that draws OctoPrint's markings (print start, done, pause, cancel, connected) as labelled vertical lines.
import type uPlot from 'uplot';
import type { Marking } from '../../octoprint/types.ts';

const MARK_COLORS: Record<string, string> = {
  print: '#3fb950',
  done: '#3fb950',
  pause: '#d29922',
  resume: '#3fb950',
  cancel: '#f85149',
  connected: '#8b949e',
  clock: '#a371f7',
  disconnected: '#8b949e',
};

export function markingsPlugin(look: { markings(): readonly Marking[] }): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const marks = look.markings();
          if (marks.length === 0) return;
          const { ctx } = u;
          const { left, top, width, height } = u.bbox;
          const min = u.scales.x?.min ?? 0;
          const max = u.scales.x?.max ?? 0;
          const dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
          ctx.save();
          ctx.lineWidth = dpr;
          ctx.setLineDash([3 * dpr, 3 * dpr]);
          ctx.font = `${11 * dpr}px system-ui, sans-serif`;
          ctx.textBaseline = 'top';
          // Labels of marks close together go on the next row instead of over each other.
          const rowEnds: number[] = [];
          for (const m of marks) {
            if (m.time < min || m.time > max) continue;
            const x = Math.round(u.valToPos(m.time, 'x', true));
            if (x < left || x > left + width) continue;
            const color = MARK_COLORS[m.type] ?? '#8b949e';
            ctx.strokeStyle = color;
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            ctx.stroke();
            ctx.fillStyle = color;
            // The label is text drawn on the canvas from a network string: never interpreted as markup.
            const label = (m.label || m.type).slice(0, 24);
            const w = ctx.measureText(label).width;
            const flip = x + 3 * dpr + w > left + width;
            const start = flip ? x - 3 * dpr - w : x + 3 * dpr;
            let row = rowEnds.findIndex((end) => end < start);
            if (row < 0) row = rowEnds.length;
            if (row > 3) continue;
            rowEnds[row] = start + w + 4 * dpr;
            ctx.fillText(label, start, top + (2 + row * 14) * dpr);
          }
          ctx.restore();
        },
      ],
    },
  };
}
