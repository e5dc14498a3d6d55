// The live temperature chart: created once, fed from the typed-array series outside React, drawn at most once a frame.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useServices } from '../../store/services.tsx';
import type { TemperatureSeries } from '../../store/temperature-series.ts';
import { buildOptions } from './chart-options.ts';

const WINDOW_SECONDS = 30 * 60;

function yMaxOf(series: TemperatureSeries): number {
  let max = 0;
  const n = series.length;
  for (const col of [...series.actual, ...series.target]) {
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v > max) max = v;
    }
  }
  // OctoPrint's rule: at least 310 °C, or 10 % above the highest value.
  return Math.max(310, Math.ceil((max * 1.1) / 10) * 10);
}

export function TemperatureChart() {
  const { series } = useServices();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let plot: uPlot | null = null;
    let heaters: readonly string[] = [];
    let frame = 0;
    let visible = true;
    let drawnVersion = -1;

    const axisColor = () => getComputedStyle(el).color || '#888';
    const size = () => ({ width: Math.max(200, el.clientWidth), height: Math.max(160, el.clientHeight) });

    const draw = () => {
      frame = 0;
      if (!visible || document.hidden || drawnVersion === series.version) return;
      drawnVersion = series.version;
      const view = series.view();
      if (!plot || view.heaters !== heaters) {
        plot?.destroy();
        heaters = view.heaters;
        const { width, height } = size();
        plot = new uPlot(buildOptions(heaters, width, height, axisColor()), [[]], el);
      }
      const data: uPlot.AlignedData = [view.times];
      for (let h = 0; h < view.heaters.length; h++) data.push(view.actual[h] as Float64Array, view.target[h] as Float64Array);
      const right = series.lastTime ?? Date.now() / 1000;
      const p = plot;
      p.batch(() => {
        p.setData(data, false);
        p.setScale('x', { min: right - WINDOW_SECONDS, max: right });
        p.setScale('y', { min: 0, max: yMaxOf(series) });
      });
      el.dataset.points = String(view.times.length);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };

    const unsubscribe = series.subscribe(schedule);
    const ro = new ResizeObserver(() => {
      if (plot) plot.setSize(size());
    });
    ro.observe(el);
    const io = new IntersectionObserver(([entry]) => {
      visible = entry?.isIntersecting ?? true;
      if (visible) schedule();
    });
    io.observe(el);
    const onVisibility = () => {
      if (!document.hidden) schedule();
    };
    document.addEventListener('visibilitychange', onVisibility);
    schedule();

    return () => {
      unsubscribe();
      ro.disconnect();
      io.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      if (frame) cancelAnimationFrame(frame);
      plot?.destroy();
    };
  }, [series]);

  return <div ref={host} className="temperature-chart" role="img" aria-label="Temperature history chart" data-testid="temperature-chart" />;
}
