// Page object for the connect screen.
import type { Locator, Page } from '@playwright/test';

export class ConnectPage {
  readonly heading: Locator;
  readonly address: Locator;
  readonly apiKey: Locator;
  readonly remember: Locator;
  readonly connectButton: Locator;
  readonly appKeyButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Connect to OctoPrint' });
    this.address = page.getByLabel('OctoPrint address');
    this.apiKey = page.getByLabel('API key');
    this.remember = page.getByLabel('Remember the key on this device');
    this.connectButton = page.getByRole('button', { name: 'Connect' });
    this.appKeyButton = page.getByRole('button', { name: 'Log in with OctoPrint' });
    this.alert = page.getByRole('alert');
  }

  async connect(url: string, key: string, remember = false): Promise<void> {
    await this.address.fill(url);
    await this.apiKey.fill(key);
    if (remember) await this.remember.check();
    await this.connectButton.click();
  }
}
