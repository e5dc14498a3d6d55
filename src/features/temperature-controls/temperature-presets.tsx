// OctoPrint's temperature profiles as one-click presets, and "all off"; each done when the push shows every target.
import { t } from '../../shared/i18n.ts';
import './temperature-controls.css';
import { useCommand } from '../../store/command-state.ts';
import { profileTargets, setTargets } from '../../store/confirmed-commands.ts';
import { useDashboard, useServerSettings, useServices } from '../../store/services.tsx';
import { needsOperational, useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';

const CONFIRM_MS = 10_000;

export function TemperaturePresets() {
  const services = useServices();
  const gate = useGate('CONTROL', needsOperational);
  const ids = useDashboard((s) => s.heaterIds);
  const profiles = useServerSettings((s) => s.profiles);
  const cmd = useCommand();

  const apply = (targets: Record<string, number>, what: string) =>
    void cmd.run(() => setTargets(services, targets, what, CONFIRM_MS));

  const disabled = !gate.enabled || cmd.pending || ids.length === 0;
  return (
    <div className="presets" role="group" aria-label={t('presets.label')}>
      {profiles.map((p) => (
        <button
          key={p.name}
          type="button"
          disabled={disabled}
          onClick={() => apply(profileTargets(ids, p), t('presets.targets', { name: p.name }))}
          title={t('presets.title', { tool: p.extruder ?? '–', bed: p.bed ?? '–' })}
        >
          {p.name}
        </button>
      ))}
      <button
        type="button"
        className="danger"
        disabled={disabled}
        onClick={() => apply(profileTargets(ids, null), t('presets.allOffWhat'))}
      >
        {t('presets.allOff')}
      </button>
      <CommandStatusText status={cmd.status} label={t('presets.status')} />
      {gate.reason ? <span className="gate-reason">{gate.reason}</span> : null}
    </div>
  );
}
