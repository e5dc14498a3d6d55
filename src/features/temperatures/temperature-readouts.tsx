// The heaters, one line each in OctoPrint's order: the reading and, beside it, what the app passes to set it.
// No values while the printer is off. The controls come in through a render prop: features do not import each other.
import type { ReactNode } from 'react';
import { t } from '../../shared/i18n.ts';
import { printerStateText } from '../../shared/printer-state.ts';
import { useDashboard } from '../../store/services.tsx';
import { HeaterReading } from './heater-reading.tsx';

const PLACEHOLDERS = [0, 1].map((i) => <div className="heater-line heater-line-pending" aria-hidden="true" key={i} />);

export function TemperatureReadouts({ control }: { control?: (id: string) => ReactNode }) {
  const ids = useDashboard((s) => s.heaterIds);
  const off = useDashboard((s) => s.printer.off);
  const state = useDashboard((s) => s.printer.text);
  // Until the first push names the heaters, two empty lines hold their place (a tool and the bed, the most common
  // printer), so the chart below does not jump down when they arrive.
  const pending = useDashboard((s) => s.heaterIds.length === 0 && !s.printer.off && s.link.state !== 'ready');
  return (
    <>
      {off ? (
        // OctoPrint has no link to the printer: the rows stay, with no value, and this says why.
        <p className="readouts-off" role="status" data-testid="printer-off">
          {t('readouts.off', { state: printerStateText(state) })}
        </p>
      ) : null}
      <div className="heaters">
        {pending ? PLACEHOLDERS : null}
        {ids.map((id) => (
          <div className="heater-line" key={id}>
            <HeaterReading id={id} />
            {control?.(id)}
          </div>
        ))}
      </div>
    </>
  );
}
