import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrowServerSettings, resolveAgainst } from './server-settings.ts';

const recorded = JSON.parse(
  readFileSync(new URL('../../fixtures/octoprint-1.11.8/rest-initial.json', import.meta.url), 'utf8'),
).settings.body;

describe('narrowServerSettings', () => {
  it('reads the recorded 1.11.8 settings (no name, default colour, webcam without URLs)', () => {
    const s = narrowServerSettings(recorded);
    expect(s.name).toBe('');
    expect(s.color).toBe('default');
    expect(s.webcam.enabled).toBe(false);
  });

  it('takes the classic webcam URLs and orientation', () => {
    const s = narrowServerSettings({
      appearance: { name: 'Prusa MK4', color: 'green' },
      webcam: {
        webcamEnabled: true,
        webcams: [
          {
            extras: { stream: '/webcam/?action=stream', streamRatio: '4:3' },
            snapshotDisplay: 'http://cam/snap',
            flipH: true,
          },
        ],
      },
    });
    expect(s).toMatchObject({ name: 'Prusa MK4', color: 'green' });
    expect(s.webcam).toEqual({
      enabled: true,
      streamUrl: '/webcam/?action=stream',
      snapshotUrl: 'http://cam/snap',
      flipH: true,
      flipV: false,
      rotate90: false,
      ratio: '4 / 3',
    });
    expect(narrowServerSettings({}).webcam.ratio).toBe('16 / 9');
  });

  it('refuses javascript: and data: URLs', () => {
    const s = narrowServerSettings({
      webcam: { webcamEnabled: true, streamUrl: 'javascript:alert(1)', snapshotUrl: 'data:text/html,x' },
    });
    expect(s.webcam).toMatchObject({ enabled: false, streamUrl: '', snapshotUrl: '' });
  });

  it('resolves relative URLs against the OctoPrint base', () => {
    expect(resolveAgainst('http://octopi.local', '/webcam/?action=stream')).toBe(
      'http://octopi.local/webcam/?action=stream',
    );
    expect(resolveAgainst('http://host/octoprint', 'webcam/stream')).toBe('http://host/octoprint/webcam/stream');
    expect(resolveAgainst('http://a', 'http://cam:8080/x')).toBe('http://cam:8080/x');
  });
});

describe('narrowServerSettings: what the controls need', () => {
  it('reads the temperature profiles and cancel confirmation of a real OctoPrint 1.11.8', () => {
    const s = narrowServerSettings(recorded);
    expect(s.profiles).toEqual([
      { name: 'ABS', extruder: 210, bed: 100, chamber: null },
      { name: 'PLA', extruder: 180, bed: 60, chamber: null },
    ]);
    expect(s.printCancelConfirmation).toBe(true);
    // The capture trims terminalFilters to a string: no filters, no crash.
    expect(s.terminalFilters).toEqual([]);
  });

  it('reads terminal filters, honours a disabled confirmation and drops junk', () => {
    const s = narrowServerSettings({
      feature: { printCancelConfirmation: false },
      terminalFilters: [{ name: 'Temps', regex: 'M105' }, { name: 3 }, null],
      temperature: { profiles: [{ name: 'X', extruder: -5, bed: 'hot' }, 'junk'] },
    });
    expect(s.printCancelConfirmation).toBe(false);
    expect(s.terminalFilters).toEqual([{ name: 'Temps', regex: 'M105' }]);
    expect(s.profiles).toEqual([{ name: 'X', extruder: null, bed: null, chamber: null }]);
    expect(narrowServerSettings('nonsense').printCancelConfirmation).toBe(true);
  });
});
