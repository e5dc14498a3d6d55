// The heaters card: each heater's reading with its target controls in the same row, then the presets.
import { Suspense } from 'react';
import { TemperatureReadouts } from '../features/temperatures/temperature-readouts.tsx';
import { t } from '../shared/i18n.ts';
import { Card } from './card.tsx';
import { useFirstDataShown } from './first-data.ts';
import { HeaterControl, TemperaturePresets } from './lazy-panels.ts';

// The controls and presets come in their own chunk, just after the first paint: each fallback holds their height.
const control = (id: string) => (
  <Suspense fallback={<div className="heater-control-pending" aria-hidden="true" />}>
    <HeaterControl id={id} />
  </Suspense>
);

export function HeatersCard() {
  const shown = useFirstDataShown();
  const pending = <div className="presets-pending" aria-hidden="true" />;
  return (
    <Card id="heaters" title={t('card.heaters')}>
      <TemperatureReadouts control={control} />
      {shown ? (
        <Suspense fallback={pending}>
          <TemperaturePresets />
        </Suspense>
      ) : (
        pending
      )}
    </Card>
  );
}
