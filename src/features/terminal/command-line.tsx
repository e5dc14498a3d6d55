// The terminal's command line: sends G-code, with ↑/↓ history remembered in localStorage.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { t } from '../../shared/i18n.ts';
import { useCommand } from '../../store/command-state.ts';
import { useServices } from '../../store/services.tsx';
import { needsOperational, useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';
import { browse, pushHistory } from './command-history.ts';
import { isStrings, useLocalSetting } from './local-setting.ts';

export function CommandLine() {
  const { controls: c } = useServices();
  const gate = useGate('CONTROL', needsOperational);
  const [history, setHistory] = useLocalSetting<string[]>('history', [], isStrings);
  const [line, setLine] = useState('');
  const [index, setIndex] = useState<number | null>(null);
  const cmd = useCommand();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = line.trim();
    if (!text || !gate.enabled) return;
    void cmd.run(async () => {
      await c.api.gcode(
        text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      );
      setHistory(pushHistory(history, text));
      setIndex(null);
      setLine('');
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const r = browse(history, index, e.key === 'ArrowUp' ? -1 : 1);
    setIndex(r.index);
    if (r.text !== null) setLine(r.text);
  };

  return (
    <form className="command-line" onSubmit={submit}>
      <input
        type="text"
        value={line}
        onChange={(e) => setLine(e.target.value)}
        onKeyDown={onKey}
        disabled={!gate.enabled}
        aria-label={t('terminal.command')}
        placeholder={t('terminal.placeholder')}
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" disabled={!gate.enabled || cmd.pending || !line.trim()}>
        {t('terminal.send')}
      </button>
      <CommandStatusText status={cmd.status} label={t('terminal.status')} />
      {gate.reason ? <span className="gate-reason">{gate.reason}</span> : null}
    </form>
  );
}
