import { describe, expect, it } from 'vitest';
import { exportServers, importServers } from './farm-transfer.ts';

const saved = [{ id: 'http://a:5000', name: 'A', url: 'http://a:5000', apiKey: 'KEY-A', remember: true, lastUsed: 1 }];

describe('server list transfer', () => {
  it('leaves keys out unless asked', () => {
    expect(exportServers(saved, false)).not.toContain('KEY-A');
    expect(exportServers(saved, true)).toContain('KEY-A');
  });

  it('round-trips and drops entries that are not http(s) addresses', () => {
    const r = importServers(
      exportServers(saved, true).replace('"servers": [', '"servers": [{"url": "javascript:alert(1)"}, 7, '),
    );
    expect(r).toEqual({
      ok: true,
      servers: [{ id: 'http://a:5000', name: 'A', url: 'http://a:5000', apiKey: 'KEY-A', remember: true }],
    });
  });

  it('says why a file is refused', () => {
    expect(importServers('{')).toEqual({ ok: false, error: 'not a JSON file' });
    expect(importServers('{"servers": [{"url": "ftp://x"}]}').ok).toBe(false);
  });
});
