import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-args.ts';

describe('mock command line', () => {
  it('takes scenario parameters as the next argument, after =, or through --scenario', () => {
    const { values, scenarios } = parseCli(['--port', '5001', '--flood', '{"hz":20}', '--print', '--scenario', 'slow-rest:{"ms":300}', '--drop={"x":1}']);
    expect(values.port).toBe('5001');
    expect(scenarios).toEqual([
      { name: 'slow-rest', ms: 300 },
      { name: 'drop', x: 1 },
      { name: 'flood', hz: 20 },
      { name: 'print' },
    ]);
  });

  it('reads the identity options', () => {
    const { values } = parseCli(['--version', '1.12.0', '--plugin-hash', 'abc', '--config-hash', 'def']);
    expect([values.version, values['plugin-hash'], values['config-hash']]).toEqual(['1.12.0', 'abc', 'def']);
  });
});
