import { describe, expect, it } from 'vitest';
import { describeEvent } from './describe-event.ts';
import { EVENT_WORDS, eventNameInWords } from './event-words.ts';

/** OctoPrint 1.11's standard event names (docs/octoprint-protocol.md §7). */
const OCTOPRINT_EVENTS =
  `Startup Shutdown ConnectivityChanged Connecting Connected Disconnecting Disconnected ConnectionsAutorefreshed
PrinterStateChanged PrinterReset Error ClientOpened ClientClosed ClientAuthed ClientDeauthed UserLoggedIn UserLoggedOut Upload
FileSelected FileDeselected UpdatedFiles MetadataAnalysisStarted MetadataAnalysisFinished MetadataStatisticsUpdated FileAdded
FileRemoved FileMoved FolderAdded FolderRemoved FolderMoved TransferStarted TransferDone TransferFailed PrintStarted PrintDone
PrintFailed PrintCancelling PrintCancelled PrintPaused PrintResumed ChartMarked PowerOn PowerOff Home ZChange Waiting Dwelling
Cooling Alert Conveyor Eject EStop PositionUpdate FirmwareData ToolChange RegisteredMessageReceived CommandSuppressed
InvalidToolReported FilamentChange CaptureStart CaptureDone CaptureFailed PostRollStart PostRollEnd MovieRendering MovieDone
MovieFailed SlicingStarted SlicingDone SlicingFailed SlicingCancelled SlicingProfileAdded SlicingProfileModified
SlicingProfileDeleted PrinterProfileAdded PrinterProfileModified PrinterProfileDeleted SettingsUpdated`.split(/\s+/);

describe('describeEvent', () => {
  it('reads every OctoPrint event as words, never as its raw name', () => {
    for (const type of OCTOPRINT_EVENTS) {
      const { text } = describeEvent({ type, payload: {} });
      expect(text, type).not.toBe(type);
      expect(text, type).toMatch(/^[A-Z][a-z]|^[A-Z]+ /);
    }
    expect(Object.keys(EVENT_WORDS).every((k) => OCTOPRINT_EVENTS.includes(k) || k === 'PrinterControlsChanged')).toBe(
      true,
    );
  });

  it('names Home and the metadata analysis in words', () => {
    expect(describeEvent({ type: 'Home', payload: null }).text).toBe('Homing axes (G28)');
    expect(
      describeEvent({
        type: 'MetadataAnalysisStarted',
        payload: { name: 'cube.gcode', path: 'cube.gcode', origin: 'local' },
      }).text,
    ).toBe('Analysing cube.gcode');
    expect(describeEvent({ type: 'MetadataAnalysisFinished', payload: { name: 'cube.gcode', result: {} } }).text).toBe(
      'Analysis finished: cube.gcode',
    );
  });

  it("gives an achievement's name and description from its payload, in the feed only", () => {
    const payload = {
      key: 'one_small_step_for_man',
      name: "That's One Small Step For (A) Man",
      description: 'Finish your first print.',
      hidden: false,
    };
    const d = describeEvent({ type: 'plugin_achievements_achievement_unlocked', payload });
    expect(d.text).toBe("Achievement unlocked: That's One Small Step For (A) Man — Finish your first print.");
    expect(d.toast).toBeUndefined();
  });

  it('turns names it does not know into words', () => {
    expect(describeEvent({ type: 'plugin_octolapse_snapshot_done', payload: null }).text).toBe(
      'Octolapse: snapshot done',
    );
    expect(eventNameInWords('GcodeScriptAfterPrintDoneRunning')).toBe('Gcode script after print done running');
  });
});
