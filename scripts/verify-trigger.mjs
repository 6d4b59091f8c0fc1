// Drives the demo's trigger step like a user: Salesforce → New Record, Opportunity, Subscribe; the
// example payload's fields as variables of the next step; reopen "Record Updated" (with a filter),
// switch to Account, Update (the PATCH drops the filter with null); unsubscribe the ERRORED one.
// usage: node scripts/verify-trigger.mjs [url] [screenshot-prefix]   (start `npm run dev` first)
import { openCheckedPage, screenshotter } from './chromium.mjs';

const [url = 'http://127.0.0.1:5173/', prefix = '/tmp/demo-trigger'] = process.argv.slice(2);
const { browser, page, problems } = await openCheckedPage({ width: 1440, height: 1100 });
const sent = [];
page.on('request', (r) => {
  if (r.url().includes('/trigger-subscriptions') && r.method() !== 'GET') sent.push({ method: r.method(), path: new URL(r.url()).pathname.replace(/^.*\/projects\/[^/]+/, ''), body: r.postDataJSON() });
});
const checks = {};
const { shot, shots } = screenshotter(page, prefix);

await page.goto(url);
const step = page.getByRole('region', { name: '1. When: trigger' });
const list = step.getByRole('list', { name: 'Subscriptions' });
await list.getByRole('listitem').first().waitFor();

// 1. Salesforce → New Record, record type Opportunity, Subscribe
await page.getByRole('navigation', { name: 'Triggers' }).getByRole('button', { name: /New Record/ }).click();
const created = step.getByRole('form', { name: 'New Record' });
await created.getByRole('combobox', { name: 'Record type' }).click();
await page.getByRole('option', { name: 'Opportunity', exact: true }).click();
await created.getByRole('button', { name: 'Subscribe' }).click();
await created.getByRole('status').getByText('Subscribed. Status: Active.').waitFor();
const newRow = list.getByRole('listitem').filter({ hasText: 'New Record' }).filter({ hasText: 'recordType: Opportunity' });
await newRow.waitFor();
checks.subscribe = sent[0];
checks.listedActive = (await newRow.innerText()).includes('Active');

// 2. "Show example payload": its fields become the next step's variables
await created.getByRole('button', { name: 'Show example payload' }).click();
await created.getByRole('status').getByText(/Example payload loaded/).waitFor();
const variables = page.getByRole('list', { name: /^Trigger: / }); // the trigger's group in the step's variables
await variables.getByText('{{trigger.output.Name}}').waitFor();
checks.variables = (await variables.locator('code').allInnerTexts()).slice(0, 6);
await shot('subscribed');

// 3. reopen "Record Updated" (Opportunity with a filter), switch to Account, Update
await list.getByRole('listitem').filter({ hasText: 'Record Updated' }).getByRole('button', { name: 'Edit' }).click();
const edit = step.getByRole('form', { name: 'Record Updated' });
await edit.getByRole('group', { name: 'Only when' }).waitFor();
await shot('edit-filter');
await edit.getByRole('combobox', { name: 'Record type' }).click();
await page.getByRole('option', { name: 'Account', exact: true }).click();
await edit.getByRole('button', { name: 'Update subscription' }).click();
await edit.getByRole('status').getByText('Subscription updated. Status: Active.').waitFor();
checks.update = sent[1];
await list.getByRole('listitem').filter({ hasText: 'Record Updated' }).filter({ hasText: 'recordType: Account' }).waitFor();
await shot('updated');

// 4. reopen the ERRORED subscription: its error is shown; Unsubscribe asks first, then deletes
await list.getByRole('listitem').filter({ hasText: 'Legacy_Order__c' }).getByRole('button', { name: 'Edit' }).click();
const errored = step.getByRole('form', { name: 'New Record' });
checks.erroredAlert = await errored.getByRole('alert').innerText();
await errored.getByRole('button', { name: 'Unsubscribe' }).click();
const confirm = errored.getByRole('group', { name: 'Unsubscribe?' });
checks.focusOnCancel = await confirm.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === document.activeElement);
await shot('confirm');
await confirm.getByRole('button', { name: 'Unsubscribe' }).click();
await errored.getByRole('status').getByText('Unsubscribed.').waitFor();
checks.unsubscribeStatus = await errored.getByRole('status').innerText();
checks.delete = sent[2];
await list.getByRole('listitem').filter({ hasText: 'Legacy_Order__c' }).waitFor({ state: 'detached' });
await shot('unsubscribed');
await browser.close();

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const ok =
  same(checks.subscribe, { method: 'POST', path: '/trigger-subscriptions', body: { integration: 'salesforce', type: 'SALESFORCE_TRIGGER_RECORD_CREATED', parameters: { recordType: 'Opportunity' } } }) &&
  checks.listedActive &&
  checks.variables.includes('{{trigger.output.Name}}') &&
  checks.update?.method === 'PATCH' &&
  same(checks.update.body, { parameters: { recordType: 'Account', filterFormula: null } }) &&
  checks.erroredAlert.includes('not queryable') &&
  checks.focusOnCancel &&
  checks.delete?.method === 'DELETE' &&
  sent.length === 3 &&
  problems.length === 0;
console.log(JSON.stringify({ ok, checks, sent, problems, screenshots: shots }, null, 1));
process.exit(ok ? 0 : 1);
