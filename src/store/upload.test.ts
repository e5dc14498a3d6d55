// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadWithProgress } from './control-api.ts';

class FakeXhr {
  static last: FakeXhr | null = null;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  headers: Record<string, string> = {};
  method = '';
  url = '';
  body: FormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  send(body: FormData) {
    this.body = body;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('uploadWithProgress', () => {
  it('posts multipart with the key header and reports progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const seen: number[] = [];
    const p = uploadWithProgress('/api/files/local', 'KEY', new Blob(['G28\n']), 'part.gcode', {
      path: 'dir',
      onProgress: (f) => seen.push(f),
    });
    const x = FakeXhr.last as FakeXhr;
    expect(x.method).toBe('POST');
    expect(x.headers).toEqual({ 'X-Api-Key': 'KEY' });
    expect((x.body?.get('file') as File).name).toBe('part.gcode');
    expect(x.body?.get('path')).toBe('dir');
    x.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    x.status = 201;
    x.responseText = '{"done":true}';
    x.onload?.();
    await expect(p).resolves.toEqual({ done: true });
    expect(seen).toEqual([0.5, 1]);
  });

  it('turns an error answer into a RestError and sends no key header without a key', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const p = uploadWithProgress('/api/files/local', null, new Blob(['x']), 'a.stl', {});
    const x = FakeXhr.last as FakeXhr;
    expect(x.headers).toEqual({});
    x.status = 415;
    x.responseText = '{"error":"Unsupported file type"}';
    x.onload?.();
    await expect(p).rejects.toThrow('415 Unsupported file type');
  });
});
