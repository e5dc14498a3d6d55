import { describe, expect, it } from 'vitest';
import { createRestClient } from '../octoprint/rest-client.ts';
import { fakeRest } from '../testing/services.ts';
import { createControlApi, fileUrl } from './control-api.ts';

describe('control API', () => {
  it('sends OctoPrint REST shapes', async () => {
    const rest = fakeRest();
    const api = createControlApi(rest);
    await api.setTarget('tool1', 200);
    await api.setTarget('bed', 60);
    await api.setTarget('chamber', 40);
    await api.setOffset('tool0', -5);
    await api.job('pause');
    await api.job('resume');
    await api.job('cancel');
    await api.jog({ x: -10 });
    await api.home(['x', 'y']);
    await api.extrude(-5);
    await api.feedrate(110);
    await api.flowrate(95);
    await api.gcode(['M106 S255']);
    await api.selectFile('local', 'dir/my part#1.gcode', true);
    await api.deleteFile('sdcard', 'x.gco');
    expect(rest.sent).toEqual([
      { method: 'POST', path: '/api/printer/tool', body: { command: 'target', targets: { tool1: 200 } } },
      { method: 'POST', path: '/api/printer/bed', body: { command: 'target', target: 60 } },
      { method: 'POST', path: '/api/printer/chamber', body: { command: 'target', target: 40 } },
      { method: 'POST', path: '/api/printer/tool', body: { command: 'offset', offsets: { tool0: -5 } } },
      { method: 'POST', path: '/api/job', body: { command: 'pause', action: 'pause' } },
      { method: 'POST', path: '/api/job', body: { command: 'pause', action: 'resume' } },
      { method: 'POST', path: '/api/job', body: { command: 'cancel' } },
      { method: 'POST', path: '/api/printer/printhead', body: { command: 'jog', x: -10 } },
      { method: 'POST', path: '/api/printer/printhead', body: { command: 'home', axes: ['x', 'y'] } },
      { method: 'POST', path: '/api/printer/tool', body: { command: 'extrude', amount: -5 } },
      { method: 'POST', path: '/api/printer/printhead', body: { command: 'feedrate', factor: 110 } },
      { method: 'POST', path: '/api/printer/tool', body: { command: 'flowrate', factor: 95 } },
      { method: 'POST', path: '/api/printer/command', body: { commands: ['M106 S255'] } },
      { method: 'POST', path: '/api/files/local/dir/my%20part%231.gcode', body: { command: 'select', print: true } },
      { method: 'DELETE', path: '/api/files/sdcard/x.gco', body: undefined },
    ]);
  });

  it('keeps slashes of file paths, encodes each segment and refuses dot segments', async () => {
    expect(fileUrl('local', 'a b/c?.gcode')).toBe('/api/files/local/a%20b/c%3F.gcode');
    expect(() => fileUrl('local', 'a/../settings')).toThrow(/refusing/);
    const rest = fakeRest();
    await expect(createControlApi(rest).selectFile('local', '../x', false)).rejects.toThrow(/refusing/);
    expect(rest.sent).toEqual([]);
  });
});

describe('a 403 on a control', () => {
  it('names the permission the user lacks', async () => {
    const rest = createRestClient({
      baseUrl: 'http://p',
      apiKey: 'K',
      fetch: (async () => new Response('{"error":"nope"}', { status: 403 })) as unknown as typeof fetch,
    });
    const api = createControlApi(rest);
    await expect(api.job('start')).rejects.toThrow('needs the Print permission');
    await expect(api.jog({ x: 1 })).rejects.toThrow('needs the Control permission');
    await expect(api.deleteFile('local', 'a.gcode')).rejects.toThrow(/needs the .*Delete.* permission/i);
  });
});
