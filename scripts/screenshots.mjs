// Refreshes the README screenshots: the demo page and Storybook (light and dark) in headless Chromium.
// usage: npm run build-storybook && node scripts/screenshots.mjs [outDir=docs/screenshots]
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, preview } from 'vite';
import { launchChromium } from './chromium.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
if (!existsSync('storybook-static/iframe.html')) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const dev = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await dev.listen();
const sb = await preview({ build: { outDir: 'storybook-static' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const devUrl = dev.resolvedUrls.local[0];
const sbUrl = sb.resolvedUrls.local[0];
const browser = await launchChromium();
const shoot = async (url, file, prepare) => {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await prepare(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${outDir}/${file}` });
  await page.close();
  console.log(`${outDir}/${file}`);
};
const story = (id, theme) => `${sbUrl}iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`;
try {
  await shoot(devUrl, 'demo.png', async (page) => {
    const form = page.getByRole('form', { name: 'Create record' });
    await form.getByRole('combobox', { name: 'Record type' }).click();
    await page.getByRole('option', { name: 'Task' }).click();
    await form.getByRole('textbox', { name: 'Subject' }).fill('Follow up with Acme');
    await form.getByRole('combobox', { name: 'Task Subtype' }).click();
    await page.getByRole('option', { name: 'Call' }).click();
    await form.getByRole('combobox', { name: 'Call Type' }).click();
    await page.getByRole('option', { name: 'Outbound' }).click();
    await form.getByRole('textbox', { name: 'Call Duration (seconds)' }).fill('300');
  });
  for (const theme of ['light', 'dark']) {
    await shoot(story('actionform--default', theme), `storybook-jira-${theme}.png`, (page) => page.getByRole('form').waitFor());
    await shoot(story('actionform--validation-errors', theme), `storybook-errors-${theme}.png`, (page) => page.getByText('Last Name is required').waitFor());
  }
} finally {
  await browser.close();
  await dev.close();
  await sb.close();
}
