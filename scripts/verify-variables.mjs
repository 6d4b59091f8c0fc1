// Drives the demo's action step with variables like a user: Slack "Send Direct Message", Recipient
// and "Send as authenticated user" switched to "Use a variable", a `{{` completion in Block kit JSON,
// Run; then the step saved and reopened (the tokens come back in variable mode).
// usage: node scripts/verify-variables.mjs [url] [screenshot-prefix]   (start `npm run dev` first)
import { openCheckedPage, screenshotter } from './chromium.mjs';

const [url = 'http://127.0.0.1:5173/', prefix = '/tmp/demo-variables'] = process.argv.slice(2);
const { browser, page, problems, runs } = await openCheckedPage({ width: 1440, height: 1300 });
const checks = {};
const { shot, shots } = screenshotter(page, prefix);

await page.goto(url);
await page.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: /Send Direct Message/ }).click();
const step = page.getByRole('region', { name: '2. Then: configure step' });
const form = step.getByRole('form', { name: 'Send Direct Message' });
const field = (id) => form.locator(`.akf-field[data-input-id="${id}"]`);
const toggle = (id) => field(id).getByRole('button', { name: 'Use a variable' });

// Message: typing `Hello {{` opens the list at the caret, `fir` narrows it, Enter inserts the token
const message = form.getByRole('textbox', { name: 'Message' });
await message.click();
await page.keyboard.type('Hello {{');
const list = page.getByRole('listbox', { name: 'Variables' });
await list.waitFor();
checks.listOpenedWith = (await list.getByRole('option').allInnerTexts()).length;
await page.keyboard.type('fir');
await page.waitForFunction(() => document.querySelectorAll('[role="listbox"][aria-label="Variables"] [role="option"]').length === 1);
checks.narrowed = (await list.getByRole('option').allInnerTexts()).map((t) => t.split('\n')[0]);
checks.messageControls = await message.getAttribute('aria-controls');
await shot('message-list');
await page.keyboard.press('Enter');
checks.messageValue = await message.inputValue();
checks.listClosed = (await list.count()) === 0;
await toggle('memberId').click();
checks.recipientPressed = await toggle('memberId').getAttribute('aria-pressed');
await form.getByRole('textbox', { name: 'Recipient' }).fill('{{1.output.contact.id}}');
await toggle('authenticatedUser').click();
await form.getByRole('textbox', { name: 'Send as authenticated user' }).fill('{{settings.notify}}');

// Block kit JSON: `{{` offers the variables; typing narrows; Enter inserts
await field('blocks').locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
await field('blocks').locator('.monaco-editor').click();
await page.keyboard.type('{"text": "Hi {{');
await page.locator('.suggest-widget .monaco-list-row').first().waitFor();
checks.firstSuggestions = (await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).slice(0, 4);
await page.keyboard.type('comp');
await page.locator('.suggest-widget .monaco-list-row .label-name', { hasText: 'Company' }).waitFor();
await shot('completion');
await page.keyboard.press('Enter');
await page.waitForFunction(() => document.querySelector('[data-testid="parameters"]')?.textContent?.includes('contact.company'));
checks.parametersPanel = JSON.parse(await page.getByTestId('parameters').innerText());

await form.getByRole('button', { name: 'Run action' }).click();
await form.getByRole('status').getByText('Action ran successfully.').waitFor();
checks.run = runs.at(-1)?.parameters;
await shot('ran');

// save the step, reopen it from the saved parameters: the tokens come back in variable mode
await page.getByRole('button', { name: 'Save current parameters' }).click();
await page.getByRole('button', { name: 'Reopen step from saved' }).click();
await form.getByRole('textbox', { name: 'Recipient' }).waitFor();
checks.reopened = {
  recipient: await form.getByRole('textbox', { name: 'Recipient' }).inputValue(),
  recipientPressed: await toggle('memberId').getAttribute('aria-pressed'),
  asUser: await form.getByRole('textbox', { name: 'Send as authenticated user' }).inputValue(),
};
checks.reopenedParameters = JSON.parse(await page.getByTestId('parameters').innerText());
await shot('reopened');

// Zendesk "Internal note" (TEXTAREA_NO_VARS): `{{` is literal text, no list, no button
await page.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: /Search Tickets/ }).click();
const zendesk = step.getByRole('form', { name: 'Search Tickets' });
const note = zendesk.getByRole('textbox', { name: 'Internal note' });
await note.click();
await page.keyboard.type('{{fir');
await page.waitForTimeout(500); // the list would have opened by now (it opens on the keystroke)
checks.noVars = {
  list: await page.getByRole('listbox', { name: 'Variables' }).count(),
  button: await zendesk.locator('.akf-field[data-input-id="internalNote"]').getByRole('button', { name: 'Insert variable' }).count(),
  value: await note.inputValue(),
};
await shot('no-vars');
await browser.close();

const canonical = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v);
const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b)); // key order is no part of the parameters
const expected = {
  memberId: '{{1.output.contact.id}}',
  message: 'Hello {{1.output.contact.firstname}}',
  blocks: { text: 'Hi {{1.output.contact.company}}' },
  authenticatedUser: '{{settings.notify}}',
};
const ok =
  checks.recipientPressed === 'true' &&
  checks.listOpenedWith > 1 &&
  same(checks.narrowed, ['First name']) &&
  checks.messageControls !== null &&
  checks.messageValue === 'Hello {{1.output.contact.firstname}}' &&
  checks.listClosed &&
  same(checks.noVars, { list: 0, button: 0, value: '{{fir' }) &&
  checks.firstSuggestions[0] === 'First name' &&
  same(checks.parametersPanel, expected) &&
  same(checks.run, expected) &&
  same(checks.reopened, { recipient: '{{1.output.contact.id}}', recipientPressed: 'true', asUser: '{{settings.notify}}' }) &&
  same(checks.reopenedParameters, expected) &&
  problems.length === 0;
console.log(JSON.stringify({ ok, checks, problems, shots }, null, 2));
process.exit(ok ? 0 : 1);
