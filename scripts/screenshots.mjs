// Refreshes the README screenshots: the demo page, and every fixture Action story of the built
// Storybook at 380 px (a side panel) and 900 px, light and dark, cropped to the story.
// usage: npm run build-storybook && node scripts/screenshots.mjs [outDir=docs/screenshots]
//   STORYBOOK_DIR=/tmp/sb  another Storybook build;  SHOTS=storybook  skip the demo;
//   STORIES=jira,slack     only fixture stories whose id contains one of these
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, preview } from 'vite';
import { launchChromium } from './chromium.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
const sbDir = process.env.STORYBOOK_DIR ?? 'storybook-static';
if (!existsSync(`${sbDir}/iframe.html`)) {
  console.error(`${sbDir}/ is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const FIXTURE_PREFIX = 'actions-fixture-actions--';
const only = process.env.STORIES?.split(',').filter(Boolean);
// the fixture Actions as they load (a story with a play function would show its end state instead)
const fixtureStories = Object.values(JSON.parse(readFileSync(`${sbDir}/index.json`, 'utf8')).entries)
  .filter((e) => e.type === 'story' && e.id.startsWith(FIXTURE_PREFIX) && !e.id.endsWith('task-call-outbound'))
  .filter((e) => !only || only.some((s) => e.id.includes(s)))
  .map((e) => e.id);
// and the form in a right-to-left page
const extraStories = only ? [] : ['actionform-right-to-left--mirrored'];
mkdirSync(outDir, { recursive: true });
const withDemo = process.env.SHOTS !== 'storybook';
const dev = withDemo ? await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' }) : null;
await dev?.listen();
const sb = await preview({ build: { outDir: sbDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const sbUrl = sb.resolvedUrls.local[0];
const browser = await launchChromium();
/** Opens `url`, waits for `prepare`, and shoots the page, or only `crop` (a selector) when given. */
const shoot = async (url, file, prepare, { width = 1360, crop } = {}) => {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await prepare(page);
  await page.waitForTimeout(400);
  if (crop) await page.locator(crop).screenshot({ path: `${outDir}/${file}`, animations: 'disabled' });
  else await page.screenshot({ path: `${outDir}/${file}` });
  await page.close();
  console.log(`${outDir}/${file}`);
};
const story = (id, theme) => `${sbUrl}iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`;
/** The form has loaded, and a CODE field has swapped in Monaco. */
const formReady = async (page) => {
  await page.getByRole('button', { name: /Run action|Save/ }).first().waitFor();
  if (await page.locator('.akf-code').count()) await page.locator('.akf-code .monaco-editor').first().waitFor({ timeout: 15000 });
};
try {
  if (dev) {
    await shoot(dev.resolvedUrls.local[0], 'demo.png', async (page) => {
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
  }
  for (const theme of ['light', 'dark']) {
    if (!only) {
      await shoot(story('actionform--default', theme), `storybook-jira-${theme}.png`, (page) => page.getByRole('form').waitFor());
      await shoot(story('actionform--validation-errors', theme), `storybook-errors-${theme}.png`, (page) => page.getByText('Last Name is required').waitFor());
    }
    for (const id of [...fixtureStories, ...extraStories]) {
      for (const width of [380, 900]) {
        const name = id.startsWith(FIXTURE_PREFIX) ? id.slice(FIXTURE_PREFIX.length) : 'rtl';
        await shoot(story(id, theme), `storybook-${name}-${width}-${theme}.png`, formReady, { width, crop: '#storybook-root' });
      }
    }
  }
} finally {
  await browser.close();
  await dev?.close();
  await sb.close();
}
