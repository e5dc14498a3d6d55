// OctoPrint's printer state strings (English on the wire, comm.py getStateString) in the active language; a state
// this list does not know is shown as the server sent it.
import { t } from './i18n.ts';
import type { MessageId } from './i18n.ts';

const KNOWN = new Set<string>([
  'Operational',
  'Printing',
  'Paused',
  'Pausing',
  'Resuming',
  'Cancelling',
  'Finishing',
  'Offline',
  'Error',
  'Connecting',
  'Opening serial connection',
  'Detecting serial connection',
  'Detecting baudrate',
  'Starting',
  'Starting print from SD',
  'Printing from SD',
  'Sending file to SD',
  'Transferring file to SD',
  'Closed',
  'Unknown',
  'Offline after error',
]);

/** "Operational" -> "Betriebsbereit"; "Error: ..." keeps the server's detail after the translated word. */
export function printerStateText(text: string): string {
  if (KNOWN.has(text)) return t(`printerState.${text}` as MessageId);
  const m = /^Error(:.*)$/.exec(text);
  if (m) return `${t('printerState.Error')}${m[1]}`;
  return text;
}
