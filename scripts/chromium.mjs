// Headless Debian Chromium through playwright-core (no browser download); CHROMIUM_PATH overrides.
import { chromium } from 'playwright-core';

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/**
 * Opens a page that records what a user check needs: page errors and console errors (`problems`)
 * and the body of every Run request (`runs`: POSTs to `/tools`).
 */
export async function openCheckedPage(viewport = { width: 1440, height: 1100 }) {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  const problems = [];
  const runs = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => r.method() === 'POST' && r.url().includes('/tools') && runs.push(r.postDataJSON()));
  return { browser, page, problems, runs };
}

/** Full-page screenshots named `<prefix>-<name>.png`; `shots` lists the files written, for the report. */
export function screenshotter(page, prefix) {
  const shots = [];
  const shot = async (name) => {
    const path = `${prefix}-${name}.png`;
    await page.screenshot({ path, fullPage: true });
    shots.push(path);
  };
  return { shot, shots };
}
