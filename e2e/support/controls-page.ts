// Page object for the control panels: locators by role and name, plus a recorder of the REST calls the page makes.
import { expect, type Locator, type Page, type Request } from '@playwright/test';

export interface ApiUpload {
  name: string;
  /** The file's G-code (a few moves when left out). */
  content?: string;
  /** The folder to upload into (OctoPrint's `path` form field). */
  folder?: string;
  origin?: 'local' | 'sdcard';
}

export class ControlsPage {
  readonly jobStatus: Locator;
  readonly terminalOutput: Locator;
  readonly terminalCount: Locator;
  readonly commandInput: Locator;
  readonly fileList: Locator;
  /** Every non-GET /api request the page sent, as "METHOD /path". */
  readonly sent: string[] = [];

  constructor(readonly page: Page) {
    this.jobStatus = page.getByRole('status', { name: 'Job command status' });
    this.terminalOutput = page.getByLabel('Terminal output');
    this.terminalCount = page.getByTestId('terminal-count');
    this.commandInput = page.getByRole('textbox', { name: 'G-code command' });
    this.fileList = page.getByRole('list', { name: 'Files' });
    page.on('request', (r: Request) => {
      const url = new URL(r.url());
      if (r.method() !== 'GET' && url.pathname.startsWith('/api/') && url.pathname !== '/api/login')
        this.sent.push(`${r.method()} ${url.pathname}`);
    });
  }

  /** Sends every /api request with another user's API key (the dev proxy adds the admin key only when none is set). */
  async actAs(apiKey: string): Promise<void> {
    await this.page.route('**/api/**', (route) =>
      route.continue({ headers: { ...route.request().headers(), 'x-api-key': apiKey } }),
    );
  }

  count(call: string): number {
    return this.sent.filter((s) => s === call).length;
  }

  heater(name: string): Locator {
    return this.page.getByRole('group', { name: `${name} controls` });
  }

  targetInput(name: string): Locator {
    return this.heater(name).getByRole('spinbutton', { name: `${name} new target` });
  }

  targetStatus(name: string): Locator {
    return this.page.getByRole('status', { name: `${name} target status` });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  file(name: string): Locator {
    return this.fileList.getByRole('listitem', { name });
  }

  /** A folder's row in the file list (the app shows folders as a button that opens them). */
  folder(name: string): Locator {
    return this.fileList.getByRole('button', { name: `Folder ${name}` });
  }

  status(name: string): Locator {
    return this.page.getByRole('status', { name, exact: true });
  }

  /** Uploads through the REST API, as another client would; the page picks it up from the file events. */
  async apiUpload({
    name,
    content = 'G28\nG1 Z0.3\nG1 X10 Y10 E1\n',
    folder,
    origin = 'local',
  }: ApiUpload): Promise<number> {
    const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {
      file: { name, mimeType: 'text/x.gcode', buffer: Buffer.from(content) },
    };
    if (folder) multipart.path = folder;
    return (await this.page.request.post(`/api/files/${origin}`, { multipart })).status();
  }

  /** Creates a folder through the REST API (OctoPrint's `foldername` upload). */
  async apiCreateFolder(name: string): Promise<number> {
    return (await this.page.request.post('/api/files/local', { multipart: { foldername: name } })).status();
  }

  /**
   * Logs a line unique to this call on the printer and waits for the open terminal to show it. The terminal starts
   * from OctoPrint's log backlog, which earlier tests on the worker's mock filled: the returned function matches a
   * line logged after the mark only.
   */
  async markTerminal(): Promise<(line: string) => RegExp> {
    const mark = `M118 mark ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await this.page.request.post('/api/printer/command', { data: { commands: [mark] } });
    await expect(this.terminalOutput).toContainText(mark);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return (line) => new RegExp(`${esc(mark)}[\\s\\S]*${esc(line)}`);
  }
}
