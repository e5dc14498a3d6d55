import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-args.ts';

describe('mock command line', () => {
  it('takes scenario parameters as the next argument, after =, or through --scenario', () => {
    const { values, scenarios } = parseCli([
      '--port',
      '5001',
      '--flood',
      '{"hz":20}',
      '--print',
      '--scenario',
      'slow-rest:{"ms":300}',
      '--drop={"x":1}',
    ]);
    expect(values.port).toBe('5001');
    expect(scenarios).toEqual([
      { name: 'slow-rest', ms: 300 },
      { name: 'drop', x: 1 },
      { name: 'flood', hz: 20 },
      { name: 'print' },
    ]);
  });

  it('reads --speed as the start speed, not as the speed scenario of the same name', () => {
    const { values, scenarios } = parseCli(['--speed', '30', '--scenario', 'speed:{"speed":2}']);
    expect(values.speed).toBe('30');
    expect(scenarios).toEqual([{ name: 'speed', speed: 2 }]);
  });

  it('reads the identity options', () => {
    const { values } = parseCli(['--version', '1.12.0', '--plugin-hash', 'abc', '--config-hash', 'def']);
    expect([values.version, values['plugin-hash'], values['config-hash']]).toEqual(['1.12.0', 'abc', 'def']);
  });

  it('turns the bad-network flags into a net scenario', () => {
    const { values, scenarios } = parseCli([
      '--rtt',
      '500',
      '--swallow-upgrades',
      '--close-after-history',
      '1000',
      '--fault-proxy',
      'http://127.0.0.1:5000',
    ]);
    expect(scenarios).toEqual([{ name: 'net', rttMs: 500, closeAfterHistoryMs: 1000, swallowUpgrades: true }]);
    expect(values['fault-proxy']).toBe('http://127.0.0.1:5000');
    expect(parseCli(['--net', '{"bandwidthKbps":64}']).scenarios).toEqual([{ name: 'net', bandwidthKbps: 64 }]);
  });
});
