// Files API: folders (created, uploaded into, listed recursively in 1.11.8's shape, deleted) and the SD card (streamed uploads).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dosName } from '../printer/files.ts';
import { harness, until, type Harness } from '../test-support.ts';

type Entry = Record<string, unknown> & { name: string; path: string; type: string; children?: Entry[] };
const GCODE = 'G28\nG1 Z0.3\nG1 X10 Y10 E1\n';

let h: Harness;
beforeAll(async () => {
  h = await harness({ speed: 20 });
});
afterAll(async () => {
  await h.mock.close();
});
beforeEach(async () => {
  await h.scenario('reset');
});

function form(fields: Record<string, string>, file?: { name: string; content: string }): FormData {
  const f = new FormData();
  if (file) f.append('file', new Blob([file.content]), file.name);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}
const post = (target: string, body: FormData | URLSearchParams) =>
  h.api(`/api/files/${target}`, { method: 'POST', body });
const listing = async (path: string) => (await (await h.api(path)).json()) as { files: Entry[]; free?: number };

describe('folders', () => {
  it('creates a folder with foldername (multipart or form-encoded) and refuses names that look like files', async () => {
    const res = await post('local', form({ foldername: 'parts' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toMatch(/\/api\/files\/local\/parts$/);
    expect(await res.json()).toEqual({
      done: true,
      folder: {
        name: 'parts',
        origin: 'local',
        path: 'parts',
        refs: { resource: expect.stringMatching(/\/api\/files\/local\/parts$/) },
      },
    });
    expect((await post('local', new URLSearchParams({ foldername: 'sub', path: 'parts' }))).status).toBe(201);
    expect((await post('local', form({ foldername: 'cube.gcode' }))).status).toBe(409);
    expect((await post('local', form({ foldername: '' }))).status).toBe(400);
    expect((await post('local', form({ foldername: 'x', path: '../up' }))).status).toBe(400);
    expect(
      (await listing('/api/files?recursive=true')).files.map((f) => [f.type, f.path, f.children?.map((c) => c.path)]),
    ).toEqual([['folder', 'parts', ['parts/sub']]]);
  });

  it('lists uploads into a folder as its children, in 1.11.8 folder entries with the summed size when recursive', async () => {
    await post('local', form({ foldername: 'parts' }));
    expect((await post('local', form({ path: 'parts' }, { name: 'inner.gcode', content: GCODE }))).status).toBe(201);
    expect(
      (await post('local', form({ path: 'parts/deep/' }, { name: 'deeper.gcode', content: `${GCODE}G1 Z1\n` }))).status,
    ).toBe(201);
    await post('local', form({}, { name: 'root.gcode', content: GCODE }));
    const { files, free } = await listing('/api/files?recursive=true');
    expect(free).toBeGreaterThan(0);
    expect(files.map((f) => f.path)).toEqual(['parts', 'root.gcode']);
    const folder = files[0] as Entry;
    expect(Object.keys(folder).sort()).toEqual([
      'children',
      'display',
      'name',
      'origin',
      'path',
      'refs',
      'size',
      'type',
      'typePath',
    ]);
    expect(folder).toMatchObject({
      display: 'parts',
      name: 'parts',
      origin: 'local',
      type: 'folder',
      typePath: ['folder'],
      size: GCODE.length * 2 + 6,
    });
    expect(folder.refs).toEqual({ resource: expect.stringMatching(/\/api\/files\/local\/parts$/) });
    expect(folder.children?.map((c) => [c.type, c.name, c.path])).toEqual([
      ['folder', 'deep', 'parts/deep'],
      ['machinecode', 'inner.gcode', 'parts/inner.gcode'],
    ]);
    expect(folder.children?.[0]?.children?.map((c) => c.path)).toEqual(['parts/deep/deeper.gcode']);
    // Without recursive=true: one level of children, no sizes (OctoPrint's storage lists them so).
    const flat = (await listing('/api/files')).files[0] as Entry;
    expect(flat.size).toBeUndefined();
    expect(flat.children?.map((c) => [c.path, 'children' in c])).toEqual([
      ['parts/deep', false],
      ['parts/inner.gcode', false],
    ]);
    expect(await (await h.api('/api/files/local/parts?recursive=true')).json()).toEqual(folder);
    expect((await (await h.api('/api/files/local/parts/inner.gcode')).json()) as Entry).toMatchObject({
      name: 'inner.gcode',
      path: 'parts/inner.gcode',
    });
  });

  it('selects a file in a folder, and deleting the folder removes its files and deselects it', async () => {
    await post('local', form({ path: 'parts' }, { name: 'inner.gcode', content: GCODE }));
    expect(
      (await h.api('/api/files/local/parts/inner.gcode', { json: { command: 'select', print: false } })).status,
    ).toBe(204);
    expect(h.mock.printer.job.file?.path).toBe('parts/inner.gcode');
    expect((await h.api('/api/files/local/parts', { method: 'DELETE' })).status).toBe(204);
    expect(h.mock.printer.job.file).toBeNull();
    expect((await listing('/api/files?recursive=true')).files).toEqual([]);
    expect((await h.api('/api/files/local/parts/inner.gcode')).status).toBe(404);
  });
});

describe('the SD card', () => {
  it('streams an upload to the SD card under an 8.3 name, then lists it there and in /api/files', async () => {
    const res = await post('sdcard', form({}, { name: 'calibration-square.gcode', content: GCODE }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { done: boolean; files: { local: Entry; sdcard: Entry } };
    expect(body.done).toBe(false);
    expect(body.files.local).toMatchObject({ origin: 'local', path: 'calibration-square.gcode' });
    expect(body.files.sdcard).toMatchObject({ name: 'calibr~1.gco', origin: 'sdcard', path: 'calibr~1.gco' });
    const sd = await until(async () => (await listing('/api/files/sdcard')).files[0]);
    expect(sd).toEqual({
      display: 'calibration-square.gcode',
      name: 'calibr~1.gco',
      origin: 'sdcard',
      path: 'calibr~1.gco',
      refs: { resource: expect.stringMatching(/\/api\/files\/sdcard\/calibr~1\.gco$/) },
      size: GCODE.length,
      type: 'machinecode',
      typePath: ['machinecode', 'gcode'],
    });
    expect((await listing('/api/files?recursive=true')).files.map((f) => `${String(f.origin)}:${f.path}`)).toEqual([
      'local:calibration-square.gcode',
      'sdcard:calibr~1.gco',
    ]);
    expect((await listing('/api/files/local')).files.map((f) => f.origin)).toEqual(['local']);
    expect(await (await h.api('/api/files/sdcard/calibr~1.gco')).json()).toEqual(sd);
    expect((await h.api('/api/files/sdcard/calibr~1.gco', { method: 'DELETE' })).status).toBe(204);
    expect((await listing('/api/files/sdcard')).files).toEqual([]);
  });

  it('refuses an SD upload while printing, lists nothing once the printer is offline, and reset empties the card', async () => {
    await h.scenario('print', { seconds: 60 });
    expect((await post('sdcard', form({}, { name: 'busy.gcode', content: GCODE }))).status).toBe(409);
    await h.scenario('reset');
    await post('sdcard', form({}, { name: 'card.gcode', content: GCODE }));
    await until(async () => (await listing('/api/files/sdcard')).files.length === 1);
    await h.scenario('printer-error');
    expect((await listing('/api/files/sdcard')).files).toEqual([]);
    expect((await post('sdcard', form({}, { name: 'late.gcode', content: GCODE }))).status).toBe(409);
    await h.scenario('reset');
    expect((await listing('/api/files/sdcard')).files).toEqual([]);
  });
});

describe('dosName (OctoPrint util.get_dos_filename)', () => {
  it.each([
    ['test1234.gco', [], 'test1234.gco'],
    ['test1234.gcode', [], 'test1234.gco'],
    ['test12345.gco', [], 'test12~1.gco'],
    ['test12345.gco', ['test12~1.gco'], 'test12~2.gco'],
    ['test12345.gco', Array.from({ length: 9 }, (_, i) => `test12~${i + 1}.gco`), 'test1~10.gco'],
    ['test 123.gcode', [], 'test_123.gco'],
    ['auto0.g', [], 'auto0.g'],
    ['Wölfe.gcode', [], 'wolfe.gco'],
  ])('%s (taken: %j) is %s', (input, taken, want) => {
    expect(dosName(input, taken)).toBe(want);
  });
});
