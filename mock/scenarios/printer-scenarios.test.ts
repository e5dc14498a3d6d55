// Printer scenarios: slow-rest, printer-error, print (events in the recorded order), reset, notify, prompt, slice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, until, type Harness } from '../test-support.ts';

let h: Harness;
beforeEach(async () => {
  h = await harness({ speed: 20 });
});
afterEach(async () => {
  await h.mock.close();
});

const types = (c: { events(): { type: string }[] }) => c.events().map((e) => e.type);

describe('printer scenarios', () => {
  it('slow-rest delays every REST call until set back to 0', async () => {
    // A delay far above what a busy CI machine adds to a local call, so both bounds hold there too.
    await h.scenario('slow-rest', { ms: 1500 });
    let t = Date.now();
    await h.api('/api/version');
    expect(Date.now() - t).toBeGreaterThanOrEqual(1490);
    await h.scenario('slow-rest', { ms: 0 });
    t = Date.now();
    await h.api('/api/version');
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it('printer-error leads to "Offline after error" with the message and a 409 on /api/printer', async () => {
    const c = await h.authedClient();
    await h.scenario('printer-error');
    await until(() => types(c).includes('Disconnected'));
    expect(
      types(c)
        .filter((t) => t !== 'ClientAuthed')
        .slice(0, 4),
    ).toEqual(['PrinterStateChanged', 'Error', 'EStop', 'UpdatedFiles']);
    const res = await h.api('/api/printer');
    expect(res.status).toBe(409);
    await until(() =>
      c.of('current').some((m) => (m as { state: { text: string } }).state.text === 'Offline after error'),
    );
    c.close();
  });

  it('print runs the built-in file to PrintDone with the recorded event order', async () => {
    const c = await h.authedClient();
    const res = (await (await h.scenario('print', { seconds: 10 })).json()) as { result: { file: string } };
    expect(res.result.file).toBe('mock_print.gcode');
    await until(() => types(c).includes('PrintDone'), 5000);
    const seq = types(c).filter((t) => t !== 'ZChange' && t !== 'ClientAuthed');
    expect(seq.slice(0, 7)).toEqual([
      'FileSelected',
      'PrinterStateChanged',
      'PrintStarted',
      'ChartMarked',
      'PrinterStateChanged',
      'Home',
      'PrinterStateChanged',
    ]);
    expect(types(c)).toContain('ZChange');
    await until(() => types(c).includes('MetadataStatisticsUpdated'));
    const job = (await (await h.api('/api/job')).json()) as { progress: { completion: number } };
    expect(job.progress.completion).toBe(100);
    c.close();
  });

  it('pause, resume and cancel go through REST /api/job with the recorded 409 for cancel without a job', async () => {
    expect((await h.api('/api/job', { json: { command: 'cancel' } })).status).toBe(409);
    const c = await h.authedClient();
    await h.scenario('print', { seconds: 100 });
    expect((await h.api('/api/job', { json: { command: 'pause', action: 'pause' } })).status).toBe(204);
    await until(() => types(c).includes('PrintPaused'));
    expect((await h.api('/api/job', { json: { command: 'pause', action: 'resume' } })).status).toBe(204);
    await until(() => types(c).includes('PrintResumed'));
    expect((await h.api('/api/job', { json: { command: 'cancel' } })).status).toBe(204);
    await until(() => types(c).includes('PrintFailed'));
    const failed = c.events().find((e) => e.type === 'PrintFailed') as { payload: { reason: string } };
    expect(failed.payload.reason).toBe('cancelled');
    c.close();
  });

  it('reset returns to an idle operational printer with targets 0 and no job', async () => {
    await h.scenario('target', { heater: 'bed', target: 60 });
    await h.scenario('print', { seconds: 100 });
    await h.scenario('printer-error');
    await h.scenario('reset');
    const printer = (await (await h.api('/api/printer')).json()) as {
      state: { text: string };
      temperature: { bed: { target: number } };
    };
    expect(printer.state.text).toBe('Operational');
    expect(printer.temperature.bed.target).toBe(0);
    const job = (await (await h.api('/api/job')).json()) as { job: { file: { name: null } } };
    expect(job.job.file.name).toBeNull();
  });

  it('notify sends an action_command_notification plugin message', async () => {
    const c = await h.authedClient();
    await h.scenario('notify', { message: 'Filament runout' });
    await until(() => c.of('plugin').length > 0);
    expect(c.of('plugin')[0]).toEqual({ plugin: 'action_command_notification', data: { message: 'Filament runout' } });
    c.close();
  });

  it('prompt shows text and choices; answering over REST closes it', async () => {
    const c = await h.authedClient();
    await h.scenario('prompt', { text: 'Continue?', choices: ['Yes', 'No'] });
    await until(() => c.of('plugin').length > 0);
    expect(c.of('plugin')[0]).toEqual({
      plugin: 'action_command_prompt',
      data: { action: 'show', text: 'Continue?', choices: ['Yes', 'No'] },
    });
    const res = await h.api('/api/plugin/action_command_prompt', { json: { command: 'select', choice: 1 } });
    expect(res.status).toBe(204);
    await until(() => c.of('plugin').length > 1);
    expect(c.of('plugin')[1]).toEqual({ plugin: 'action_command_prompt', data: { action: 'close' } });
    c.close();
  });

  it('slice emits slicingProgress and SlicingStarted/SlicingDone, or SlicingFailed with fail: true', async () => {
    const c = await h.authedClient();
    await h.scenario('slice', { seconds: 1 });
    await until(() => types(c).includes('SlicingDone'));
    expect(c.of('slicingProgress').length).toBeGreaterThan(5);
    expect(types(c)).toContain('SlicingStarted');
    await h.scenario('slice', { seconds: 1, fail: true, model: 'other.stl' });
    await until(() => types(c).includes('SlicingFailed'));
  });
});
