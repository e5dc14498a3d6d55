// One heater's reading, large: the actual temperature and, under it, the target (set in the same row's controls).
import { useDashboard } from '../../store/services.tsx';

function fmt(v: number | null | undefined): string {
  return v == null ? '–' : `${v.toFixed(1)} °C`;
}

function label(id: string): string {
  if (id === 'bed') return 'Bed';
  if (id === 'chamber') return 'Chamber';
  return id.startsWith('tool') ? `Tool ${id.slice(4)}` : id;
}

export function HeaterReading({ id }: { id: string }) {
  const actual = useDashboard((s) => s.heaters[id]?.actual);
  const target = useDashboard((s) => s.heaters[id]?.target);
  return (
    <div className="heater-reading" role="group" aria-label={`${label(id)} temperature`}>
      <span className="heater-label">{label(id)}</span>
      <span className="heater-actual" data-testid={`${id}-actual`}>{fmt(actual)}</span>
      <span className="heater-target">
        target <span data-testid={`${id}-target`}>{fmt(target)}</span>
      </span>
    </div>
  );
}
