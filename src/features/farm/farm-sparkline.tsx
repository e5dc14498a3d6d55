// A printer's last 10 minutes of hotend and bed temperature on a canvas, drawn after the farm's frame batch, not by React.
import { useEffect, useRef } from 'react';
import { SPARK_WINDOW_S, type SparkSeries } from '../../store/farm-spark.ts';

function draw(canvas: HTMLCanvasElement, spark: SparkSeries, colour: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(canvas.clientWidth * dpr);
  const h = Math.round(canvas.clientHeight * dpr);
  if (w === 0 || h === 0) return;
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.clearRect(0, 0, w, h);
  const n = spark.length;
  if (n < 2) return;
  const last = spark.time[spark.at(n - 1)] ?? 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    for (const v of [spark.tool[spark.at(i)] ?? NaN, spark.bed[spark.at(i)] ?? NaN]) {
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!Number.isFinite(lo)) return;
  lo = Math.min(lo, 15);
  hi = Math.max(hi, lo + 20);
  const x = (t: number) => ((t - (last - SPARK_WINDOW_S)) / SPARK_WINDOW_S) * w;
  const y = (v: number) => h - 2 * dpr - ((v - lo) / (hi - lo)) * (h - 4 * dpr);
  const line = (values: Float32Array, stroke: string) => {
    ctx.beginPath();
    let pen = false;
    for (let i = 0; i < n; i++) {
      const j = spark.at(i);
      const v = values[j] ?? NaN;
      if (!Number.isFinite(v)) {
        pen = false;
        continue;
      }
      const px = x(spark.time[j] ?? 0);
      if (pen) ctx.lineTo(px, y(v));
      else ctx.moveTo(px, y(v));
      pen = true;
    }
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1.5 * dpr;
    ctx.stroke();
  };
  line(spark.bed, '#8c959f');
  line(spark.tool, colour);
}

export function FarmSparkline({ spark, colour, inView }: { spark: SparkSeries; colour: string; inView: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || !inView) return;
    let drawn = -1;
    const redraw = () => {
      if (drawn === spark.version) return;
      drawn = spark.version;
      draw(canvas, spark, colour);
    };
    const off = spark.setDrawer(redraw);
    redraw();
    return off;
  }, [spark, colour, inView]);
  return <canvas ref={ref} className="farm-spark" aria-hidden="true" />;
}
