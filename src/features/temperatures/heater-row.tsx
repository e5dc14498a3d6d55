// One heater's readout: actual and target, rounded to what a person reads (targets are set in the heater controls).
import { useDashboard } from '../../store/services.tsx';

function fmt(v: number | null | undefined): string {
  return v == null ? '–' : `${v.toFixed(1)} °C`;
}

function label(id: string): string {
  if (id === 'bed') return 'Bed';
  if (id === 'chamber') return 'Chamber';
  return id.startsWith('tool') ? `Tool ${id.slice(4)}` : id;
}

export function HeaterRow({ id }: { id: string }) {
  const actual = useDashboard((s) => s.heaters[id]?.actual);
  const target = useDashboard((s) => s.heaters[id]?.target);
  return (
    <tr>
      <th scope="row">{label(id)}</th>
      <td data-testid={`${id}-actual`}>{fmt(actual)}</td>
      <td data-testid={`${id}-target`}>{fmt(target)}</td>
    </tr>
  );
}
