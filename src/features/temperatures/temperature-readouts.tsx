// The temperature table: one row per heater present, in OctoPrint's order.
import { useDashboard } from '../../store/services.tsx';
import { HeaterRow } from './heater-row.tsx';

export function TemperatureReadouts() {
  const ids = useDashboard((s) => s.heaterIds);
  return (
    <table className="readouts">
      <caption className="visually-hidden">Current temperatures</caption>
      <thead>
        <tr>
          <th scope="col">Heater</th>
          <th scope="col">Actual</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => (
          <HeaterRow key={id} id={id} />
        ))}
      </tbody>
    </table>
  );
}
