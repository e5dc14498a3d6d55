// Chart controls: window (5/15/30/60 min or the server's cutoff), pause, and one toggle per heater (the legend).
import { useShallow } from 'zustand/react/shallow';
import { heaterColor, heaterLabel } from '../../shared/heaters.ts';
import { t } from '../../shared/i18n.ts';
import { CHART_WINDOWS, toggleHeater } from '../../store/preferences-store.ts';
import { useDashboard, useServices, usePreferences } from '../../store/services.tsx';

export function ChartToolbar() {
  const { preferences } = useServices();
  const { chartMinutes, serverCutoff, paused, hidden } = usePreferences(
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
            preferences.setState({ chartMinutes: e.target.value === 'server' ? null : Number(e.target.value) })
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
      <button type="button" aria-pressed={paused} onClick={() => preferences.setState({ chartPaused: !paused })}>
        {paused ? t('chart.resume') : t('chart.pause')}
      </button>
      <div className="legend-toggles" role="group" aria-label={t('chart.showHeaters')}>
        {heaterIds.map((id) => (
          <button
            key={id}
            type="button"
            className="legend-toggle"
            aria-pressed={!hidden.includes(id)}
            onClick={() => toggleHeater(preferences, id)}
          >
            <span className="swatch" style={{ background: heaterColor(id) }} aria-hidden="true" />
            {heaterLabel(id)}
          </button>
        ))}
      </div>
    </div>
  );
}
