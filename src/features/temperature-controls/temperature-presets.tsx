// OctoPrint's temperature profiles as one-click presets, and "all off"; each done when the push shows every target.
import './temperature-controls.css';
import { awaitState, statusText, useCommand } from '../../store/command-state.ts';
import { useDashboard, useServerSettings, useServices } from '../../store/services.tsx';
import { needsOperational, useGate } from '../../store/use-gate.ts';

const CONFIRM_MS = 10_000;

function targetsFor(
  ids: readonly string[],
  p: { extruder: number | null; bed: number | null; chamber: number | null } | null,
) {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const v =
      p === null ? 0 : id.startsWith('tool') ? p.extruder : id === 'bed' ? p.bed : id === 'chamber' ? p.chamber : null;
    if (v !== null) out[id] = v;
  }
  return out;
}

export function TemperaturePresets() {
  const { dashboard, controls: c } = useServices();
  const gate = useGate('CONTROL', needsOperational);
  const ids = useDashboard((s) => s.heaterIds);
  const profiles = useServerSettings((s) => s.profiles);
  const cmd = useCommand();

  const apply = (targets: Record<string, number>, what: string) =>
    void cmd.run(async () => {
      await Promise.all(Object.entries(targets).map(([id, t]) => c.api.setTarget(id, t)));
      await awaitState(
        dashboard,
        (s) => Object.entries(targets).every(([id, t]) => s.heaters[id]?.target === t),
        CONFIRM_MS,
        what,
      );
    });

  const disabled = !gate.enabled || cmd.pending || ids.length === 0;
  return (
    <div className="presets" role="group" aria-label="Temperature presets">
      {profiles.map((p) => (
        <button
          key={p.name}
          type="button"
          disabled={disabled}
          onClick={() => apply(targetsFor(ids, p), `the ${p.name} targets`)}
          title={`Tools ${p.extruder ?? '–'} °C, bed ${p.bed ?? '–'} °C`}
        >
          {p.name}
        </button>
      ))}
      <button
        type="button"
        className="danger"
        disabled={disabled}
        onClick={() => apply(targetsFor(ids, null), 'all heaters off')}
      >
        All off
      </button>
      <span role="status" aria-label="Preset status" className={`cmd-${cmd.status.kind}`}>
        {statusText(cmd.status)}
      </span>
      {gate.reason ? <span className="gate-reason">{gate.reason}</span> : null}
    </div>
  );
}
