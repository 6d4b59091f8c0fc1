// Dev-page check of the filter builder: ZENDESK_SEARCH_TICKETS built by hand sends the exact DNF
// object; SALESFORCE_SEARCH_RECORDS restores its filter from saved parameters.
// usage: node scripts/verify-filter.mjs [url] [screenshot-prefix]   (start `npm run dev` first)
import { openCheckedPage } from './chromium.mjs';

const [url = 'http://127.0.0.1:5173/', prefix = '/tmp/demo-filter'] = process.argv.slice(2);
const { browser, page, problems, runs } = await openCheckedPage({ width: 1440, height: 1100 });
await page.goto(url);

// 1. Zendesk: build (status = open AND created_at after 2026-01-01) OR (priority = urgent)
await page.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: /Search Tickets/ }).click();
const form = page.getByRole('form', { name: 'Search Tickets' });
const filter = form.getByRole('group', { name: 'Filter tickets' });
const row = async (index, field, operator, value) => {
  const fieldBox = filter.getByRole('combobox', { name: 'Field' }).nth(index);
  await fieldBox.fill(field);
  await fieldBox.press('Enter');
  await filter.getByRole('combobox', { name: 'Operator' }).nth(index).selectOption({ label: operator });
  await filter.getByLabel('Value', { exact: true }).nth(index).fill(value);
};
await row(0, 'status', 'exactly matches', 'open');
await filter.getByRole('button', { name: 'Add condition' }).first().click();
await row(1, 'created_at', 'is after', '2026-01-01');
await filter.getByRole('button', { name: 'Add OR group' }).click();
await row(2, 'priority', 'exactly matches', 'urgent');
await form.getByRole('button', { name: 'Run action' }).click();
await form.getByRole('status').getByText('Action ran successfully.').waitFor();
await page.screenshot({ path: `${prefix}-zendesk.png`, fullPage: true });
const expectedZendesk = {
  ticketFilter: { operator: 'OR', conditions: [
    { operator: 'AND', conditions: [{ field: 'status', operator: '$stringExactlyMatches', value: 'open' }, { field: 'created_at', operator: '$dateTimeAfter', value: '2026-01-01' }] },
    { operator: 'AND', conditions: [{ field: 'priority', operator: '$stringExactlyMatches', value: 'urgent' }] }] },
  includeArchived: false,
};

// 2. Salesforce search: reopen the step from saved parameters
const saved = { recordType: 'Contact', filterFormula: { operator: 'OR', conditions: [
  { operator: 'AND', conditions: [{ field: 'Email', operator: '$stringContains', value: '@acme.com' }, { field: 'LastName', operator: '$exists' }] },
  { operator: 'AND', conditions: [{ field: 'Title', operator: '$stringStartsWith', value: 'VP' }] }] } };
await page.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: /Search records/ }).click();
await page.getByRole('form', { name: 'Search records' }).waitFor();
await page.getByLabel('Saved configuration').fill(JSON.stringify(saved));
await page.getByRole('button', { name: 'Reopen step from saved' }).click();
const sf = page.getByRole('form', { name: 'Search records' });
await sf.getByRole('group', { name: 'Filter search' }).waitFor();
const restoredFields = await sf.getByRole('group', { name: 'Filter search' }).getByLabel('Field', { exact: true }).evaluateAll((els) => els.map((e) => e.value));
const shownParameters = JSON.parse(await page.getByTestId('parameters').innerText());
await sf.getByRole('button', { name: 'Run action' }).click();
await sf.getByRole('status').getByText('Action ran successfully.').waitFor();
await page.screenshot({ path: `${prefix}-salesforce-restored.png`, fullPage: true });
await browser.close();

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const ok = runs.length === 2 && same(runs[0].parameters, expectedZendesk) && same(runs[1].parameters, saved) && same(shownParameters, saved) && problems.length === 0;
console.log(JSON.stringify({ ok, zendesk: runs[0]?.parameters, salesforce: runs[1]?.parameters, restoredFields, problems }, null, 1));
process.exit(ok ? 0 : 1);
