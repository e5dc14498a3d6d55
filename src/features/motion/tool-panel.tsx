// Tool: extrude/retract a length, fan on/off and speed, motors off, feed-rate and flow-rate factors.
import { useState } from 'react';
import { t } from '../../shared/i18n.ts';
import { useCommand } from '../../store/command-state.ts';
import { useServices } from '../../store/services.tsx';
import { needsIdle, needsOperational, useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { FactorControl } from './factor-control.tsx';

/** OctoPrint's own ranges for the feed rate (M220) and the flow rate (M221). */
const FACTORS = [
  { command: 'feedrate', label: 'tool.feedRate', min: 50, max: 150 },
  { command: 'flowrate', label: 'tool.flowRate', min: 75, max: 125 },
] as const;

export function ToolPanel() {
  const { controls: c } = useServices();
  const idle = useGate('CONTROL', needsIdle);
  const operational = useGate('CONTROL', needsOperational);
  const [length, setLength] = useState(5);
  const [fan, setFan] = useState(100);
  const cmd = useCommand();
  const off = !idle.enabled || cmd.pending;
  const validLength = Number.isFinite(length) && length > 0 && length <= 1000;

  return (
    <div className="tool-panel">
      <div className="row">
        <NumberField
          label={t('tool.length')}
          min={0.1}
          max={1000}
          step={0.1}
          value={length}
          disabled={!idle.enabled}
          onChange={setLength}
        />
        <button type="button" disabled={off || !validLength} onClick={() => void cmd.run(() => c.api.extrude(length))}>
          {t('tool.extrude')}
        </button>
        <button type="button" disabled={off || !validLength} onClick={() => void cmd.run(() => c.api.extrude(-length))}>
          {t('tool.retract')}
        </button>
        <button type="button" disabled={off} onClick={() => void cmd.run(() => c.api.gcode(['M18']))}>
          {t('tool.motorsOff')}
        </button>
      </div>
      <div className="row">
        <NumberField
          label={t('tool.fan')}
          min={0}
          max={100}
          value={fan}
          disabled={!operational.enabled}
          onChange={setFan}
        />
        <button
          type="button"
          disabled={!operational.enabled || cmd.pending || !(fan >= 0 && fan <= 100)}
          onClick={() => void cmd.run(() => c.api.gcode([`M106 S${Math.round((fan / 100) * 255)}`]))}
        >
          {t('tool.fanOn')}
        </button>
        <button
          type="button"
          disabled={!operational.enabled || cmd.pending}
          onClick={() => void cmd.run(() => c.api.gcode(['M106 S0']))}
        >
          {t('tool.fanOff')}
        </button>
      </div>
      <CommandStatusText status={cmd.status} label={t('tool.status')} />
      {idle.reason ? <span className="gate-reason">{idle.reason}</span> : null}
      {FACTORS.map((f) => (
        <FactorControl
          key={f.command}
          label={t(f.label)}
          min={f.min}
          max={f.max}
          enabled={operational.enabled}
          send={(v) => c.api[f.command](v)}
        />
      ))}
    </div>
  );
}
