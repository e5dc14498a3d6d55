// The kiosk's temperatures: each heater's reading, large, with its target beside it.
import { useShallow } from 'zustand/react/shallow';
import { formatTemperature } from '../../shared/format.ts';
import { heaterColor, heaterLabel, heaterOrder } from '../../shared/heaters.ts';
import { t } from '../../shared/i18n.ts';
import { useDashboard } from '../../store/services.tsx';

function Heater({ id }: { id: string }) {
  const actual = useDashboard((s) => s.heaters[id]?.actual ?? null);
  const target = useDashboard((s) => s.heaters[id]?.target ?? null);
  return (
    <li className="kiosk-heater" style={{ borderColor: heaterColor(id) }} data-testid={`kiosk-heater-${id}`}>
      <span className="kiosk-heater-name">{heaterLabel(id)}</span>
      <span className="kiosk-heater-actual">{formatTemperature(actual, 0)}</span>
      <span className="kiosk-heater-target">
        {target ? `→ ${formatTemperature(target, 0)}` : t('heater.targetOff')}
      </span>
    </li>
  );
}

export function KioskHeaters() {
  const ids = useDashboard(useShallow((s) => [...s.heaterIds].sort(heaterOrder)));
  if (ids.length === 0) return <p className="kiosk-muted">{t('kiosk.noTemperatures')}</p>;
  return (
    <ul className="kiosk-heaters" aria-label={t('kiosk.temperatures')}>
      {ids.map((id) => (
        <Heater key={id} id={id} />
      ))}
    </ul>
  );
}
