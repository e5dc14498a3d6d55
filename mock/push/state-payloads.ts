// The bodies of `history` and `current` as sockjs.py builds them from the printer's data and a socket's backlogs.
import type { TempPointJson } from '../printer/types.ts';
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { Subscription } from './subscription.ts';

const HISTORY_LINES = 300;

/** on_printer_send_initial_data: the printer's lists; without MONITOR_TERMINAL its lines go out unfiltered. */
export function historyPayload(p: VirtualPrinter, sub: Subscription, terminal: boolean): Record<string, unknown> {
  const { busyFiles: _busy, ...snap } = p.snapshot();
  const logs = p.logs.slice(-HISTORY_LINES);
  const messages = p.messages.slice(-HISTORY_LINES);
  return {
    ...snap,
    temps: p.tempHistory(),
    logs: terminal ? sub.filter('logs', logs) : logs,
    messages: terminal ? sub.filter('messages', messages) : messages,
    markings: p.markings,
    serverTime: p.clock.seconds(),
  };
}

export interface Backlogs {
  temps: TempPointJson[];
  logs: string[];
  messages: string[];
}

/** on_printer_send_current_data: the snapshot with the backlogs; logs and messages only with MONITOR_TERMINAL. */
export function currentPayload(
  p: VirtualPrinter,
  sub: Subscription,
  b: Backlogs,
  terminal: boolean,
): Record<string, unknown> {
  const { busyFiles, ...snap } = p.snapshot();
  const body: Record<string, unknown> = {
    ...snap,
    serverTime: p.clock.seconds(),
    temps: b.temps,
    busyFiles,
    markings: p.markings,
  };
  if (terminal) {
    body.logs = sub.filter('logs', b.logs);
    body.messages = sub.filter('messages', b.messages);
  }
  return body;
}
