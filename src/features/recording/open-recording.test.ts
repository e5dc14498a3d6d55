import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { headerLine } from '../../octoprint/recording/format.ts';
import { closeReplay, replaySession } from '../../store/replay-session.ts';
import { openRecording } from './open-recording.ts';

const good = () => {
  const h = headerLine({
    server: 's',
    octoprintVersion: null,
    pluginHash: null,
    configHash: null,
    start: 1,
    end: 1,
    span: 'all',
    messages: 1,
    app: 't',
  });
  return gzipSync(Buffer.from(`${h}\n{"t":1,"m":{"current":{}}}\n`));
};

describe('openRecording', () => {
  beforeEach(() => closeReplay());

  it('opens a good file for replay', async () => {
    await openRecording(new File([good()], 'print.jsonl.gz'));
    expect(replaySession.getState()).toMatchObject({
      fileName: 'print.jsonl.gz',
      error: null,
      loading: false,
      opened: 1,
    });
    expect(replaySession.getState().recording?.frames).toHaveLength(1);
  });

  it('a bad file sets only the notice: a replay already open stays as it was', async () => {
    await openRecording(new File([good()], 'print.jsonl.gz'));
    const before = replaySession.getState();
    const cut = good().subarray(0, 30);
    await openRecording(new File([cut], '<b>cut</b>.gz'));
    const after = replaySession.getState();
    expect(after.recording).toBe(before.recording);
    expect(after.fileName).toBe('print.jsonl.gz');
    expect(after.error).toMatch(/^<b>cut<\/b>\.gz: This recording is damaged/);
    expect(after.loading).toBe(false);
  });
});
