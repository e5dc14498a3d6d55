// Temperature controls: per-heater target and offset, presets from OctoPrint's profiles, and all off.
import { useDashboard } from '../../store/services.tsx';
import './temperature-controls.css';
import { HeaterControl } from './heater-control.tsx';
import { TemperaturePresets } from './temperature-presets.tsx';

export function TemperatureControls() {
  const ids = useDashboard((s) => s.heaterIds);
  return (
    <div className="temperature-controls">
      {ids.map((id) => (
        <HeaterControl key={id} id={id} />
      ))}
      <TemperaturePresets />
    </div>
  );
}
