// One heater's reading, large: the actual temperature and, under it, the target (set in the same row's controls).
import { formatTemperature } from '../../shared/format.ts';
import { heaterLabel } from '../../shared/heaters.ts';
import { t } from '../../shared/i18n.ts';
import { useDashboard } from '../../store/services.tsx';

export function HeaterReading({ id }: { id: string }) {
  const actual = useDashboard((s) => s.heaters[id]?.actual);
  const target = useDashboard((s) => s.heaters[id]?.target);
  // A target of 0 is how OctoPrint says the heater is off: it reads "off", as on the kiosk and in the chart's summary.
  const targetText = target === 0 ? t('heater.targetOff') : formatTemperature(target);
  return (
    <div className="heater-reading" role="group" aria-label={t('heater.temperature', { name: heaterLabel(id) })}>
      <span className="heater-label">{heaterLabel(id)}</span>
      <span className="heater-actual" data-testid={`${id}-actual`}>
        {formatTemperature(actual)}
      </span>
      <span className="heater-target">
        {t('heater.target')} <span data-testid={`${id}-target`}>{targetText}</span>
      </span>
    </div>
  );
}
