// The chart's window drawn from the temperature series onto a canvas, as a PNG: a picture of the data, not the DOM.
import { windowStart } from '../../store/chart-export.ts';
import type { SeriesView } from '../../store/temperature-series.ts';

const PALETTE = ['#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5c940d'];
const W = 1200;
const H = 600;
const PAD = { l: 60, r: 20, t: 30, b: 40 };

export function chartPng(view: SeriesView, minutes: number, title: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('no 2D canvas in this browser'));
  const from = windowStart(view, minutes);
  const n = view.times.length;
  const t0 = view.times[from] ?? 0;
  const t1 = Math.max(t0 + 1, view.times[n - 1] ?? 1);
  let top = 50;
  for (let h = 0; h < view.heaters.length; h++) {
    for (let i = from; i < n; i++) top = Math.max(top, view.actual[h]?.[i] || 0, view.target[h]?.[i] || 0);
  }
  top = Math.ceil(top / 50) * 50;
  const x = (t: number) => PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - (v / top) * (H - PAD.t - PAD.b);
  g.fillStyle = '#fff';
  g.fillRect(0, 0, W, H);
  g.fillStyle = '#222';
  g.font = '14px sans-serif';
  g.fillText(title, PAD.l, 20);
  g.strokeStyle = '#ddd';
  for (let v = 0; v <= top; v += 50) {
    g.beginPath();
    g.moveTo(PAD.l, y(v));
    g.lineTo(W - PAD.r, y(v));
    g.stroke();
    g.fillText(`${v} °C`, 8, y(v) + 4);
  }
  g.fillText(new Date(t0 * 1000).toLocaleTimeString(), PAD.l, H - 12);
  g.fillText(new Date(t1 * 1000).toLocaleTimeString(), W - PAD.r - 80, H - 12);
  view.heaters.forEach((id, h) => {
    const color = PALETTE[h % PALETTE.length] as string;
    for (const [col, dash] of [
      [view.actual[h], []],
      [view.target[h], [6, 4]],
    ] as [Float64Array | undefined, number[]][]) {
      if (!col) continue;
      g.strokeStyle = color;
      g.setLineDash(dash);
      g.beginPath();
      let pen = false;
      for (let i = from; i < n; i++) {
        const v = col[i] as number;
        if (Number.isNaN(v)) {
          pen = false;
          continue;
        }
        if (pen) g.lineTo(x(view.times[i] as number), y(v));
        else g.moveTo(x(view.times[i] as number), y(v));
        pen = true;
      }
      g.stroke();
    }
    g.setLineDash([]);
    g.fillStyle = color;
    g.fillText(id, W - PAD.r - 80 - h * 80, 20);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}
