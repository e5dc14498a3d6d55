// The temperature table: one row per heater present, in OctoPrint's order; no values while the printer is off.
import { useDashboard } from '../../store/services.tsx';
import { HeaterRow } from './heater-row.tsx';

export function TemperatureReadouts() {
  const ids = useDashboard((s) => s.heaterIds);
  const off = useDashboard((s) => s.printer.off);
  const state = useDashboard((s) => s.printer.text);
  return (
    <>
      {off ? (
        // OctoPrint has no link to the printer: the rows stay, with no value, and this says why.
        <p className="readouts-off" role="status" data-testid="printer-off">
          Printer off or not connected ({state}): no temperatures. Connect it to see them.
        </p>
      ) : null}
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
    </>
  );
}
