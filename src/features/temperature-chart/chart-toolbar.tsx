// Chart controls: window (5/15/30/60 min or the server's cutoff), pause, and one toggle per heater (the legend).
import { useShallow } from 'zustand/react/shallow';
import { heaterColor, heaterLabel } from '../../shared/heaters.ts';
import { t } from '../../shared/i18n.ts';
import { useDashboard, useServices, useSettings } from '../../store/services.tsx';
import { CHART_WINDOWS, toggleHeater } from '../../store/settings-store.ts';

export function ChartToolbar() {
  const { settings } = useServices();
  const { chartMinutes, serverCutoff, paused, hidden } = useSettings(
    useShallow((s) => ({
      chartMinutes: s.chartMinutes,
      serverCutoff: s.serverCutoff,
      paused: s.chartPaused,
      hidden: s.hiddenHeaters,
    })),
  );
  const heaterIds = useDashboard((s) => s.heaterIds);
  const value = chartMinutes === null ? 'server' : String(chartMinutes);

  return (
    <div className="chart-toolbar">
      <label>
        {t('chart.window')}{' '}
        <select
          value={value}
          onChange={(e) =>
            settings.setState({ chartMinutes: e.target.value === 'server' ? null : Number(e.target.value) })
          }
        >
          <option value="server">{t('chart.server', { minutes: serverCutoff })}</option>
          {CHART_WINDOWS.map((m) => (
            <option key={m} value={m}>
              {t('chart.minutes', { minutes: m })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-pressed={paused} onClick={() => settings.setState({ chartPaused: !paused })}>
        {paused ? t('chart.resume') : t('chart.pause')}
      </button>
      <div className="legend-toggles" role="group" aria-label={t('chart.showHeaters')}>
        {heaterIds.map((id) => (
          <button
            key={id}
            type="button"
            className="legend-toggle"
            aria-pressed={!hidden.includes(id)}
            onClick={() => toggleHeater(settings, id)}
          >
            <span className="swatch" style={{ background: heaterColor(id) }} aria-hidden="true" />
            {heaterLabel(id)}
          </button>
        ))}
      </div>
    </div>
  );
}
