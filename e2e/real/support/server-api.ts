// REST calls to an OctoPrint (real or mock) from the test runner, with an API key: the ground truth of the specs.
import { expect } from '@playwright/test';

export interface PrinterTruth {
  state: string;
  temps: Record<string, { actual: number; target: number | null; offset?: number }>;
}

export class ServerApi {
  constructor(
    readonly url: string,
    readonly key: string,
  ) {}

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { 'X-Api-Key': this.key };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(this.url + path, { method, headers, body: payload, signal: AbortSignal.timeout(15_000) });
  }

  async get<T = Record<string, unknown>>(path: string): Promise<T> {
    const res = await this.request('GET', path);
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** A command or change; throws unless the status is one of `ok`. */
  async send(method: string, path: string, body?: unknown, ok: number[] = [200, 201, 204]): Promise<Response> {
    const res = await this.request(method, path, body);
    if (!ok.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  }

  async printer(): Promise<PrinterTruth> {
    const res = await this.request('GET', '/api/printer');
    // 409: the printer is not connected; OctoPrint then has no temperatures to report.
    if (res.status === 409) return { state: 'Offline', temps: {} };
    const body = (await res.json()) as { state: { text: string }; temperature: PrinterTruth['temps'] };
    return { state: body.state.text, temps: body.temperature ?? {} };
  }

  async connectionState(): Promise<string> {
    return (await this.get<{ current: { state: string } }>('/api/connection')).current.state;
  }

  async job(): Promise<{ state: string; file: string | null; completion: number | null }> {
    const j = await this.get<{
      state: string;
      job: { file: { name: string | null } };
      progress: { completion: number | null };
    }>('/api/job');
    return { state: j.state, file: j.job.file.name, completion: j.progress.completion };
  }

  async fileNames(): Promise<string[]> {
    const list = await this.get<{ files: { name: string; display?: string }[] }>('/api/files/local');
    return list.files.map((f) => f.name);
  }

  async upload(name: string, gcode: string): Promise<void> {
    const form = new FormData();
    form.append('file', new Blob([gcode], { type: 'application/octet-stream' }), name);
    await this.send('POST', '/api/files/local', form);
  }

  async deleteFile(name: string): Promise<void> {
    await this.send('DELETE', `/api/files/local/${encodeURIComponent(name)}`, undefined, [204, 404]);
  }

  /** Answers at all (a restarted server is back). */
  async waitUntilAnswering(timeout = 90_000): Promise<void> {
    await expect
      .poll(async () => (await this.request('GET', '/api/version').catch(() => null))?.status ?? 0, {
        timeout,
        intervals: [250],
      })
      .toBe(200);
  }

  /**
   * Puts the printer back where every spec starts: connected and Operational, no job running, heaters off,
   * feed and flow at 100 %. A spec that changes more restores it itself.
   */
  async restoreIdle(): Promise<void> {
    const state = await this.connectionState();
    if (/Closed|Offline|Error/i.test(state)) await this.send('POST', '/api/connection', { command: 'connect' });
    await expect
      .poll(() => this.connectionState(), { timeout: 30_000 })
      .toMatch(/Operational|Printing|Paused|Pausing|Cancelling/);
    const job = await this.job();
    if (/Printing|Paused|Pausing/.test(job.state))
      await this.send('POST', '/api/job', { command: 'cancel' }, [204, 409]);
    await expect.poll(() => this.connectionState(), { timeout: 30_000 }).toBe('Operational');
    await this.send('POST', '/api/printer/tool', { command: 'target', targets: { tool0: 0 } });
    await this.send('POST', '/api/printer/bed', { command: 'target', target: 0 });
    await this.send('POST', '/api/printer/tool', { command: 'offset', offsets: { tool0: 0 } });
    await this.send('POST', '/api/printer/bed', { command: 'offset', offset: 0 });
  }
}
