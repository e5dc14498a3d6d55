// The live temperature chart: React renders the host once; a ChartController feeds uPlot outside React.
import { useEffect, useRef } from 'react';
import { t } from '../../shared/i18n.ts';
import 'uplot/dist/uPlot.min.css';
import './temperature-chart.css';
import { selectChartMinIntervalMs } from '../../store/perf-store.ts';
import { useServices } from '../../store/services.tsx';

// uPlot and the controller are a fifth of the page's script: they load in their own chunk, asked for as soon as this
// module runs, so the first screen (and the connect screen and farm view, which have no chart) does not wait for them.
const controllerModule = import('./chart-controller.ts');

export function TemperatureChart() {
  const { series, dashboard, preferences, perf, now } = useServices();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let live = true;
    let controller: { destroy(): void } | null = null;
    void controllerModule.then(({ ChartController }) => {
      if (live)
        controller = new ChartController(
          el,
          series,
          dashboard,
          preferences,
          () => selectChartMinIntervalMs(perf.store.getState()),
          now,
        );
    });
    return () => {
      live = false;
      controller?.destroy();
    };
  }, [series, dashboard, preferences, perf, now]);

  // Screen readers get the chart as text through aria-describedby (ChartSummary).
  return (
    <div
      ref={host}
      className="temperature-chart"
      role="img"
      aria-label={t('chart.label')}
      aria-describedby="chart-summary"
      data-testid="temperature-chart"
    />
  );
}
