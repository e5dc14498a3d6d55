// The terminal: open on demand (only then does the socket ask for log lines), filters remembered, a command line.
import { useEffect } from 'react';
import { t } from '../../shared/i18n.ts';
import { useServerSettings, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { CommandLine } from './command-line.tsx';
import { isBool, isStrings, useLocalSetting } from './local-setting.ts';
import { TerminalOutput } from './terminal-output.tsx';
import './terminal.css';

export function TerminalPanel() {
  const { controls: c } = useServices();
  const gate = useGate('MONITOR_TERMINAL');
  const [open, setOpen] = useLocalSetting('open', false, isBool);
  const [active, setActive] = useLocalSetting<string[]>('filters', [], isStrings);
  const filters = useServerSettings((s) => s.terminalFilters);
  const isOpen = open && gate.enabled;

  useEffect(() => c.setTerminalOpen(isOpen), [c, isOpen]);

  const toggle = (name: string) =>
    setActive(active.includes(name) ? active.filter((n) => n !== name) : [...active, name]);
  return (
    <div className="terminal">
      <button type="button" aria-expanded={isOpen} disabled={!gate.enabled} onClick={() => setOpen(!open)}>
        {isOpen ? t('terminal.close') : t('terminal.open')}
      </button>
      {gate.reason ? <span className="gate-reason">{gate.reason}</span> : null}
      {isOpen ? (
        <>
          <fieldset className="terminal-filters">
            <legend>{t('terminal.filters')}</legend>
            {filters.map((f) => (
              <label key={f.name}>
                <input type="checkbox" checked={active.includes(f.name)} onChange={() => toggle(f.name)} />
                {f.name}
              </label>
            ))}
          </fieldset>
          <TerminalOutput filters={filters} active={active} />
          <CommandLine />
        </>
      ) : null}
    </div>
  );
}
