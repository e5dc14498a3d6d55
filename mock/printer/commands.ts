// G-code sent through /api/printer/command (and the jog/home/extrude helpers): targets, action commands and debug.
import { fatalError } from './connection.ts';
import type { VirtualPrinter } from './virtual-printer.ts';

export interface PromptState {
  text: string;
  choices: string[];
}

/** The action_command_prompt plugin's open prompt, built from prompt_begin/choice/show. */
export class Prompts {
  active: PromptState | null = null;
  private building: PromptState | null = null;

  constructor(private readonly p: VirtualPrinter) {}

  show(text: string, choices: string[]): void {
    this.active = { text, choices };
    this.p.plugin('action_command_prompt', { action: 'show', text, choices });
  }

  close(): void {
    this.active = null;
    this.p.plugin('action_command_prompt', { action: 'close' });
  }

  /** Answers the open prompt with choice `i` (M876 S<i>); false when there is none or the index is bad. */
  select(i: number): boolean {
    if (!this.active || !Number.isInteger(i) || i < 0 || i >= this.active.choices.length) return false;
    this.p.log(`Send: M876 S${i}`);
    this.close();
    return true;
  }

  action(command: string, arg: string): void {
    if (command === 'prompt_begin') this.building = { text: arg, choices: [] };
    else if (command === 'prompt_choice' || command === 'prompt_button') this.building?.choices.push(arg);
    else if (command === 'prompt_show' && this.building) {
      this.show(this.building.text, this.building.choices);
      this.building = null;
    } else if (command === 'prompt_end') this.close();
  }
}

/** Sends one line to the virtual firmware as OctoPrint's terminal would. */
export function sendCommand(p: VirtualPrinter, prompts: Prompts, raw: string): void {
  const line = raw.trim();
  if (!line) return;
  if (line === '!!DEBUG:trigger_fatal_error_marlin') {
    fatalError(p);
    return;
  }
  p.log(`Send: ${line}`);
  // OctoPrint's virtual printer: `!!DEBUG:action_custom <action> [params]` answers with that action command.
  const custom = /^!!DEBUG:action_custom ([a-zA-Z0-9_]+)(?:\s+(.*))?$/.exec(line);
  if (custom) {
    const [, command = '', arg = ''] = custom;
    p.log(`Recv: // action:${command} ${arg}`.trimEnd());
    if (command === 'notification') p.notify(arg);
    else prompts.action(command, arg);
    p.log('Recv: ok');
    p.changed();
    return;
  }
  const target = /^M(104|109|140|190)\b.*?(?:T(\d+))?.*?\bS(-?[\d.]+)/i.exec(line);
  if (target) {
    const id = target[1] === '140' || target[1] === '190' ? 'bed' : `tool${target[2] ?? 0}`;
    const h = p.heater(id);
    if (h) {
      h.target = Number(target[3]);
      p.log('Recv: ok');
      p.addPoint();
      return;
    }
  }
  const action = /^M118\s+(?:A1\s+)?action:(\w+)\s*(.*)$/i.exec(line);
  if (action) {
    const [, command = '', arg = ''] = action;
    p.log(`Recv: //action:${command} ${arg}`.trimEnd());
    if (command === 'notification') p.notify(arg);
    else prompts.action(command, arg);
  }
  if (/^G28\b/i.test(line)) p.event('Home', null);
  if (/^M117\s/i.test(line)) p.message(`echo:${line.slice(5)}`);
  p.log('Recv: ok');
  p.changed();
}
