// Drives the demo page like a user: SALESFORCE_CREATE_RECORD, Task → Call → Outbound, Run.
// usage: node scripts/verify-demo.mjs [url] [screenshot.png]   (start `npm run dev` first)
import { openCheckedPage } from './chromium.mjs';

const [url = 'http://127.0.0.1:5173/', shot = '/tmp/demo-salesforce.png'] = process.argv.slice(2);
const { browser, page, problems, runs } = await openCheckedPage({ width: 1440, height: 1000 });

await page.goto(url);
const form = page.getByRole('form', { name: 'Create record' });
const pick = async (field, option) => {
  await form.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
};
await pick('Record type', 'Task');
await form.getByRole('textbox', { name: 'Subject' }).fill('Follow up');
await pick('Task Subtype', 'Call');
await pick('Call Type', 'Outbound');
await form.getByRole('textbox', { name: 'Call Duration (seconds)' }).fill('300');
await form.getByRole('button', { name: 'Run action' }).click();
await form.getByRole('status').getByText('Action ran successfully.').waitFor();
const parameters = JSON.parse(await page.getByTestId('parameters').innerText());
await page.screenshot({ path: shot, fullPage: true });
await browser.close();
const expected = { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '300' };
const ok = JSON.stringify(runs[0]?.parameters) === JSON.stringify(expected) && runs.length === 1 && problems.length === 0;
console.log(JSON.stringify({ ok, runs, parameters, problems, screenshot: shot }, null, 1));
process.exit(ok ? 0 : 1);
