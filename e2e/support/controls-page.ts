// Page object for the control panels: locators by role and name, plus a recorder of the REST calls the page makes.
import type { Locator, Page, Request } from '@playwright/test';

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
      if (r.method() !== 'GET' && url.pathname.startsWith('/api/') && url.pathname !== '/api/login') this.sent.push(`${r.method()} ${url.pathname}`);
    });
  }

  /** Sends every /api request with another user's API key (the dev proxy adds the admin key only when none is set). */
  async actAs(apiKey: string): Promise<void> {
    await this.page.route('**/api/**', (route) => route.continue({ headers: { ...route.request().headers(), 'x-api-key': apiKey } }));
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
}
