// The dashboard in each language: the browser's language picks the catalog, no English word from the English
// catalog shows anywhere (text, aria labels, titles, placeholders), and the Language menu switches and remembers.
import { expect, test } from './fixtures.ts';
import { catalog, englishOnly, pageWords } from './support/english-words.ts';

const LANGUAGES = [
  { locale: 'de', browser: 'de-DE', live: 'Live', print: 'Drucken' },
  { locale: 'fr', browser: 'fr-FR', live: 'En direct', print: 'Imprimer' },
  { locale: 'es', browser: 'es-ES', live: 'En directo', print: 'Imprimir' },
  { locale: 'zh-CN', browser: 'zh-CN', live: '实时', print: '打印' },
] as const;

for (const lang of LANGUAGES) {
  test.describe(`in ${lang.locale}`, () => {
    test.use({ locale: lang.browser });

    test(`the dashboard shows no English word (browser language ${lang.browser})`, async ({ page, dashboard }) => {
      void dashboard;
      const messages = catalog(lang.locale);
      await page.goto('/');
      await expect(page.getByTestId('link-state')).toHaveText(lang.live);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.locale);
      // The panels below the first screen load in their own chunks: wait for the last of them.
      await expect(page.getByRole('button', { name: messages['terminal.open'] })).toBeVisible();
      await expect(page.getByRole('button', { name: lang.print, exact: true })).toBeVisible();
      const english = englishOnly(lang.locale);
      const found = (await pageWords(page)).filter((w) => english.has(w.toLowerCase()));
      expect([...new Set(found)]).toEqual([]);
    });
  });
}

test.describe('the kiosk in de', () => {
  test.use({ locale: 'de-DE' });

  test('shows no English word idle, printing or asking', async ({ page, dashboard, mock }) => {
    void dashboard;
    const english = englishOnly('de');
    const englishShown = async () => [...new Set((await pageWords(page)).filter((w) => english.has(w.toLowerCase())))];
    await page.goto('/kiosk?dim=never');
    await expect(page.getByTestId('kiosk-state')).toHaveText('Betriebsbereit');
    await expect(page.getByRole('button', { name: 'Abkühlen' })).toBeEnabled();
    expect(await englishShown()).toEqual([]);

    await mock.scenario('print', { seconds: 600 });
    await expect(page.getByTestId('kiosk-state')).toHaveText('Druckt');
    await expect(page.getByRole('progressbar', { name: 'Druckfortschritt' })).toBeVisible();
    expect(await englishShown()).toEqual([]);

    await page.getByRole('button', { name: 'Pausieren' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Druck pausieren?' })).toBeVisible();
    expect(await englishShown()).toEqual([]);
    await page.getByRole('button', { name: 'Nein, weiterdrucken' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/kiosk-de.png' });
  });
});

test('the Language menu switches the page and is remembered on this device', async ({ page, dashboard }) => {
  await dashboard.open();
  await dashboard.openSettings();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.getByRole('button', { name: 'Einstellungen' })).toBeVisible();
  await expect(page.getByTestId('link-state')).toHaveText('Live');
  await expect(page.getByRole('button', { name: 'Terminal öffnen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Drucken', exact: true })).toBeVisible();
  // The menu keeps its English name beside the translated one, so anyone finds the way back.
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByRole('combobox', { name: /Language/ }).selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: 'Open terminal' })).toBeVisible();
});
