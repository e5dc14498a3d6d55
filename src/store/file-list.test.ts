import { describe, expect, it } from 'vitest';
import { folderEntries, narrowFileList, searchFiles, sortFiles } from './file-list.ts';

const raw = {
  free: 1000,
  files: [
    {
      name: 'b.gcode',
      display: 'b.gcode',
      path: 'b.gcode',
      origin: 'local',
      type: 'machinecode',
      size: 10,
      date: 200,
      gcodeAnalysis: {
        estimatedPrintTime: 600,
        filament: { tool0: { length: 1500, volume: 3 }, tool1: { length: 500 } },
      },
    },
    {
      name: 'parts',
      path: 'parts',
      origin: 'local',
      type: 'folder',
      children: [
        { name: 'A10.gcode', path: 'parts/A10.gcode', origin: 'local', type: 'machinecode', size: 5, date: 100 },
        { name: 'A9.gcode', path: 'parts/A9.gcode', origin: 'local', type: 'machinecode', size: 50, date: 300 },
      ],
    },
    { name: 'a.gcode', path: 'a.gcode', origin: 'local', type: 'machinecode', size: 99, date: 50 },
    { name: 'sd.gco', path: 'sd.gco', origin: 'sdcard', type: 'machinecode' },
    { name: 42 },
    'junk',
  ],
};

describe('files store helpers', () => {
  it('narrows the list and sums filament over tools', () => {
    const { files, free } = narrowFileList(raw);
    expect(free).toBe(1000);
    expect(files.map((f) => f.path)).toEqual(['b.gcode', 'parts', 'a.gcode', 'sd.gco']);
    expect(files[0]).toMatchObject({ estimatedPrintTime: 600, filamentMm: 2000 });
    expect(files[2]).toMatchObject({ estimatedPrintTime: null, filamentMm: null, display: 'a.gcode' });
    expect(narrowFileList(null).files).toEqual([]);
  });

  it('sorts folders first, then by name (natural), date or size', () => {
    const { files } = narrowFileList(raw);
    const local = folderEntries(files, 'local', '');
    expect(sortFiles(local, 'name').map((f) => f.name)).toEqual(['parts', 'a.gcode', 'b.gcode']);
    expect(sortFiles(local, 'size').map((f) => f.name)).toEqual(['parts', 'a.gcode', 'b.gcode']);
    const inParts = folderEntries(files, 'local', 'parts');
    expect(sortFiles(inParts, 'name').map((f) => f.name)).toEqual(['A9.gcode', 'A10.gcode']);
    expect(sortFiles(inParts, 'date').map((f) => f.name)).toEqual(['A9.gcode', 'A10.gcode']);
    expect(folderEntries(files, 'local', 'missing')).toEqual([]);
  });

  it('searches one origin recursively, by name, case-insensitively', () => {
    const { files } = narrowFileList(raw);
    expect(searchFiles(files, 'local', 'a1').map((f) => f.path)).toEqual(['parts/A10.gcode']);
    expect(searchFiles(files, 'sdcard', 'gc').map((f) => f.path)).toEqual(['sd.gco']);
  });
});
