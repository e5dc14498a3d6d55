// Words for every OctoPrint 1.11 event that needs no payload to be read (docs/octoprint-protocol.md §7), and a fallback
// that turns any other name (a plugin's `plugin_<id>_<name>`, a `GcodeScript…Running`) into words too.
import type { EventCategory } from './activity-store.ts';

type Words = readonly [EventCategory, string];

export const EVENT_WORDS: Record<string, Words> = {
  Startup: ['connection', 'OctoPrint started'],
  Shutdown: ['connection', 'OctoPrint is shutting down'],
  Disconnecting: ['connection', 'Disconnecting from the printer'],
  ConnectionsAutorefreshed: ['connection', 'Serial ports refreshed'],
  PrinterReset: ['printer', 'The printer reset itself'],
  ClientOpened: ['connection', 'A browser connected to OctoPrint'],
  ClientClosed: ['connection', 'A browser disconnected from OctoPrint'],
  ClientDeauthed: ['connection', 'A browser session was logged out'],
  UpdatedFiles: ['file', 'File list updated'],
  MetadataStatisticsUpdated: ['file', 'Print statistics updated'],
  FileMoved: ['file', 'File moved'],
  FolderAdded: ['file', 'Folder added'],
  FolderRemoved: ['file', 'Folder removed'],
  FolderMoved: ['file', 'Folder moved'],
  TransferStarted: ['file', 'Copying a file to the SD card'],
  TransferFailed: ['file', 'Copying to the SD card failed'],
  ChartMarked: ['print', 'Chart marked'],
  PowerOn: ['printer', 'Printer power on (M80)'],
  PowerOff: ['printer', 'Printer power off (M81)'],
  Home: ['printer', 'Homing axes (G28)'],
  Waiting: ['printer', 'The printer is waiting (M0/M1/M226)'],
  Dwelling: ['printer', 'The printer is dwelling (G4)'],
  Cooling: ['printer', 'Part cooling set (M245)'],
  Alert: ['printer', 'The printer sounded an alert (M300)'],
  Conveyor: ['printer', 'Conveyor moved (M240)'],
  Eject: ['printer', 'Ejecting the part (M40)'],
  EStop: ['printer', 'Emergency stop (M112)'],
  PositionUpdate: ['printer', 'Position reported'],
  FirmwareData: ['printer', 'Firmware reported its name and capabilities'],
  RegisteredMessageReceived: ['printer', 'Printer message received'],
  FilamentChange: ['printer', 'Filament change (M600/M701/M702)'],
  CaptureStart: ['other', 'Timelapse: taking a frame'],
  CaptureDone: ['other', 'Timelapse: frame taken'],
  CaptureFailed: ['other', 'Timelapse: taking a frame failed'],
  PostRollStart: ['other', 'Timelapse: post-roll started'],
  PostRollEnd: ['other', 'Timelapse: post-roll ended'],
  SlicingProfileAdded: ['slicing', 'Slicing profile added'],
  SlicingProfileModified: ['slicing', 'Slicing profile changed'],
  SlicingProfileDeleted: ['slicing', 'Slicing profile deleted'],
  PrinterProfileAdded: ['printer', 'Printer profile added'],
  PrinterProfileModified: ['printer', 'Printer profile changed'],
  PrinterProfileDeleted: ['printer', 'Printer profile deleted'],
  SettingsUpdated: ['other', 'OctoPrint settings saved'],
  PrinterControlsChanged: ['printer', 'Printer controls changed'],
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
