// The terminal on the server: commands reach the printer, lines arrive once, and HTML from the server stays text.
import { expect, onServers, test } from './fixtures.ts';

const HTML_NAME = '<img src=x onerror=window.__pwned=1>.gcode';

onServers('terminal and untrusted text', () => {
  test('a command typed in the terminal reaches the printer and its answer shows', async ({
    dashboard,
    controls,
    observer,
  }) => {
    await dashboard.open();
    await controls.button('Open terminal').click();
    const mark = `M118 e2e-real ${Date.now()}`;
    await controls.commandInput.fill(mark);
    await controls.commandInput.press('Enter');
    await observer.sawLine(new RegExp(`Send: ${mark}`));
    await expect(controls.terminalOutput).toContainText(`Send: ${mark}`);
  });

  test('reopening the terminal brings the lines sent while it was closed, each once', async ({
    dashboard,
    controls,
    server,
  }) => {
    await dashboard.open();
    await controls.button('Open terminal').click();
    await expect(controls.terminalOutput).toContainText('Recv:');
    await controls.button('Close terminal').click();
    const mark = `M118 while-closed ${Date.now()}`;
    await server.admin.send('POST', '/api/printer/command', { commands: [mark] });
    await controls.button('Open terminal').click();
    // The fresh history on reopening holds the line; the first `current` after it repeats what was waiting.
    await expect(controls.terminalOutput).toContainText(`Send: ${mark}`);
    await expect
      .poll(async () => ((await controls.terminalOutput.textContent()) ?? '').split(`Send: ${mark}`).length - 1, {
        timeout: 3000,
      })
      .toBe(1);
    const text = (await controls.terminalOutput.textContent()) ?? '';
    const lines = text.split('\n').filter((l) => l.includes(mark));
    expect(lines, 'the marked line, without a duplicate at the join of history and current').toHaveLength(1);
  });

  test('HTML in G-code lines and file names is shown as text, never run', async ({
    page,
    dashboard,
    controls,
    server,
  }) => {
    await dashboard.open();
    await controls.button('Open terminal').click();
    await server.admin.send('POST', '/api/printer/command', {
      commands: ['M117 <b id="injected">bold</b><img src=x onerror="window.__pwned=1">'],
    });
    await expect(controls.terminalOutput).toContainText('M117 <b id="injected">bold</b>');
    await server.admin.upload(HTML_NAME, 'G28\n');
    try {
      // OctoPrint strips the name on disk and keeps the original as `display`; the page shows that, as text.
      await expect(controls.fileList).toContainText(HTML_NAME);
      await expect(page.locator('#injected')).toHaveCount(0);
      await expect(controls.fileList.locator('img')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      for (const name of await server.admin.fileNames())
        if (name.includes('onerror')) await server.admin.deleteFile(name);
    }
  });
});
