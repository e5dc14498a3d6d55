import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrowInstanceSettings, resolveAgainst } from './instance-settings.ts';

const recorded = JSON.parse(
  readFileSync(new URL('../../fixtures/octoprint-1.11.8/rest-initial.json', import.meta.url), 'utf8'),
).settings.body;

describe('narrowInstanceSettings', () => {
  it('reads the recorded 1.11.8 settings (no name, default colour, webcam without URLs)', () => {
    const s = narrowInstanceSettings(recorded);
    expect(s.name).toBe('');
    expect(s.color).toBe('default');
    expect(s.webcam.enabled).toBe(false);
  });

  it('takes the classic webcam URLs and orientation', () => {
    const s = narrowInstanceSettings({
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
    expect(narrowInstanceSettings({}).webcam.ratio).toBe('16 / 9');
  });

  it('refuses javascript: and data: URLs', () => {
    const s = narrowInstanceSettings({
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
