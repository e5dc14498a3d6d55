// Another website on this machine (its own tiny HTTP server, so a real other origin for the browser) and a page
// object for what such a page can try against the dashboard's proxy: the browser sets Origin and Sec-Fetch-* itself.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

export interface ForeignOrigin {
  /** The origin under a host name: 127.0.0.1 is same-site with a dashboard on 127.0.0.1, localhost is cross-site. */
  origin(host: string): string;
  close(): Promise<void>;
}

const PAGE = '<!doctype html><title>Another website</title><h1>Another website</h1>';

export async function startForeignOrigin(): Promise<ForeignOrigin> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: (host) => `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Seen {
  status: number;
  /** The answer as the browser showed it. */
  body: string;
}

export class ForeignPage {
  constructor(
    readonly page: Page,
    /** The dashboard's origin, which this page is not. */
    readonly target: string,
  ) {}

  async open(origin: string): Promise<void> {
    await this.page.goto(`${origin}/`);
  }

  /** The status the browser received for a POST to `path` (Playwright sees it even where the page's script cannot). */
  private async statusOf(path: string, send: () => Promise<unknown>): Promise<number> {
    const answered = this.page.waitForResponse(
      (r) => r.url() === `${this.target}${path}` && r.request().method() === 'POST',
    );
    await send();
    return (await answered).status();
  }

  /** A CORS "simple" request: multipart, no preflight, the answer opaque to the page; it would print at once. */
  noCorsUpload(name: string): Promise<number> {
    return this.statusOf('/api/files/local', () =>
      this.page.evaluate(
        async ({ url, name }) => {
          const form = new FormData();
          form.append('file', new File(['G28\nG1 X50 Y50\n'], name));
          form.append('print', 'true');
          await fetch(url, { method: 'POST', mode: 'no-cors', body: form });
        },
        { url: `${this.target}/api/files/local`, name },
      ),
    );
  }

  /** An opaque POST of any text, e.g. to the mock's control surface. */
  noCorsPost(path: string, body: string): Promise<number> {
    return this.statusOf(path, () =>
      this.page.evaluate(async ({ url, body }) => void (await fetch(url, { method: 'POST', mode: 'no-cors', body })), {
        url: `${this.target}${path}`,
        body,
      }),
    );
  }

  /** A JSON command: the browser sends a preflight first and only sends the command if the preflight passes. */
  jsonCommand(path: string, command: unknown): Promise<string> {
    return this.page.evaluate(
      ({ url, body }) =>
        fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then(
          (r) => `answered ${r.status}`,
          () => 'blocked',
        ),
      { url: `${this.target}${path}`, body: JSON.stringify(command) },
    );
  }

  /** A classic form POST (a top-level navigation, no preflight), multipart with a file; then back to this origin. */
  async formUpload(name: string): Promise<Seen> {
    const origin = new URL(this.page.url()).origin;
    const status = await this.statusOf('/api/files/local', () =>
      this.page.evaluate(
        ({ url, name }) => {
          const form = document.createElement('form');
          Object.assign(form, { method: 'POST', action: url, enctype: 'multipart/form-data' });
          const input = Object.assign(document.createElement('input'), { type: 'file', name: 'file' });
          const files = new DataTransfer();
          files.items.add(new File(['G28\n'], name));
          input.files = files.files;
          form.append(input);
          document.body.append(form);
          form.submit();
        },
        { url: `${this.target}/api/files/local`, name },
      ),
    );
    const body = (await this.page.locator('body').textContent()) ?? '';
    await this.open(origin);
    return { status, body };
  }

  /** SockJS's raw WebSocket endpoint: "open" if the upgrade went through to OctoPrint, else the close code. */
  webSocket(path: string): Promise<string> {
    return this.page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url);
          ws.onopen = () => {
            ws.close();
            resolve('open');
          };
          ws.onclose = (e) => resolve(`closed ${e.code}`);
        }),
      `${this.target.replace(/^http/, 'ws')}${path}`,
    );
  }
}
