// Accessibility of the control panels (axe), with the terminal open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('the control panels have no axe violations', async ({ page, dashboard }) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Open terminal' }).click();
  await expect(page.getByLabel('Terminal output')).toBeVisible();
  const result = await new AxeBuilder({ page })
    .include('.temperature-controls')
    .include('.job-controls')
    .include('.motion')
    .include('.files')
    .include('.terminal')
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
