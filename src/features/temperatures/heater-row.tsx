// One heater's readout: actual and target, rounded to what a person reads (targets are set in the heater controls).
import { formatTemperature } from '../../shared/format.ts';
import { heaterLabel } from '../../shared/heaters.ts';
import { useDashboard } from '../../store/services.tsx';

export function HeaterRow({ id }: { id: string }) {
  const actual = useDashboard((s) => s.heaters[id]?.actual);
  const target = useDashboard((s) => s.heaters[id]?.target);
  return (
    <tr>
      <th scope="row">{heaterLabel(id)}</th>
      <td data-testid={`${id}-actual`}>{formatTemperature(actual)}</td>
      <td data-testid={`${id}-target`}>{formatTemperature(target)}</td>
    </tr>
  );
}
