// Words for every OctoPrint 1.11 event that needs no payload to be read (docs/octoprint-protocol.md §7), and a fallback
// that turns any other name (a plugin's `plugin_<id>_<name>`, a `GcodeScript…Running`) into words too.
import type { MessageId } from '../shared/i18n.ts';
import type { EventCategory } from './activity-store.ts';

/** The category and the message id of the event's words (src/shared/messages). */
type Words = readonly [EventCategory, MessageId];

export const EVENT_WORDS: Record<string, Words> = {
  Startup: ['connection', 'eventWord.Startup'],
  Shutdown: ['connection', 'eventWord.Shutdown'],
  Disconnecting: ['connection', 'eventWord.Disconnecting'],
  ConnectionsAutorefreshed: ['connection', 'eventWord.ConnectionsAutorefreshed'],
  PrinterReset: ['printer', 'eventWord.PrinterReset'],
  ClientOpened: ['connection', 'eventWord.ClientOpened'],
  ClientClosed: ['connection', 'eventWord.ClientClosed'],
  ClientDeauthed: ['connection', 'eventWord.ClientDeauthed'],
  UpdatedFiles: ['file', 'eventWord.UpdatedFiles'],
  MetadataStatisticsUpdated: ['file', 'eventWord.MetadataStatisticsUpdated'],
  FileMoved: ['file', 'eventWord.FileMoved'],
  FolderAdded: ['file', 'eventWord.FolderAdded'],
  FolderRemoved: ['file', 'eventWord.FolderRemoved'],
  FolderMoved: ['file', 'eventWord.FolderMoved'],
  TransferStarted: ['file', 'eventWord.TransferStarted'],
  TransferFailed: ['file', 'eventWord.TransferFailed'],
  ChartMarked: ['print', 'eventWord.ChartMarked'],
  PowerOn: ['printer', 'eventWord.PowerOn'],
  PowerOff: ['printer', 'eventWord.PowerOff'],
  Home: ['printer', 'eventWord.Home'],
  Waiting: ['printer', 'eventWord.Waiting'],
  Dwelling: ['printer', 'eventWord.Dwelling'],
  Cooling: ['printer', 'eventWord.Cooling'],
  Alert: ['printer', 'eventWord.Alert'],
  Conveyor: ['printer', 'eventWord.Conveyor'],
  Eject: ['printer', 'eventWord.Eject'],
  EStop: ['printer', 'eventWord.EStop'],
  PositionUpdate: ['printer', 'eventWord.PositionUpdate'],
  FirmwareData: ['printer', 'eventWord.FirmwareData'],
  RegisteredMessageReceived: ['printer', 'eventWord.RegisteredMessageReceived'],
  FilamentChange: ['printer', 'eventWord.FilamentChange'],
  CaptureStart: ['other', 'eventWord.CaptureStart'],
  CaptureDone: ['other', 'eventWord.CaptureDone'],
  CaptureFailed: ['other', 'eventWord.CaptureFailed'],
  PostRollStart: ['other', 'eventWord.PostRollStart'],
  PostRollEnd: ['other', 'eventWord.PostRollEnd'],
  SlicingProfileAdded: ['slicing', 'eventWord.SlicingProfileAdded'],
  SlicingProfileModified: ['slicing', 'eventWord.SlicingProfileModified'],
  SlicingProfileDeleted: ['slicing', 'eventWord.SlicingProfileDeleted'],
  PrinterProfileAdded: ['printer', 'eventWord.PrinterProfileAdded'],
  PrinterProfileModified: ['printer', 'eventWord.PrinterProfileModified'],
  PrinterProfileDeleted: ['printer', 'eventWord.PrinterProfileDeleted'],
  SettingsUpdated: ['other', 'eventWord.SettingsUpdated'],
  PrinterControlsChanged: ['printer', 'eventWord.PrinterControlsChanged'],
};

/** "MetadataAnalysisStarted" -> "Metadata analysis started"; "plugin_foo_bar_done" -> "Plugin foo: bar done". */
export function eventNameInWords(type: string): string {
  const name = type.slice(0, 80);
  const plugin = /^plugin_([a-z0-9]+)_(.+)$/i.exec(name);
  if (plugin) return `${capital(plugin[1] as string)}: ${(plugin[2] as string).replace(/_/g, ' ')}`;
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
  return capital(words.toLowerCase());
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
