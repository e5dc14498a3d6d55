// A control's live status line (sending, done, failed), read out by screen readers and coloured by its kind.
import type { ReactNode } from 'react';
import { statusText, type CommandStatus } from '../store/command-state.ts';

interface Props {
  status: CommandStatus;
  /** The accessible name; a row of its own (a file row) may leave it out. */
  label?: string;
  /** Extra classes before the kind's `cmd-*` class. */
  className?: string;
  /** Shown while the command is idle (a reason the control is shut, say). */
  idle?: ReactNode;
}

export function CommandStatusText({ status, label, className, idle = null }: Props) {
  return (
    <span role="status" aria-label={label} className={`${className ? `${className} ` : ''}cmd-${status.kind}`}>
      {statusText(status) || idle}
    </span>
  );
}
