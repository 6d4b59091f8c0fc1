// Dev-page check of dependent dynamic dropdowns on JIRA_CREATE_ISSUE: Issue Type is disabled until
// Project is chosen, offers grouped options, is kept or cleared when the project changes, and Run
// sends the chosen ids.   usage: node scripts/verify-dynamic.mjs [url] [screenshot]   (start `npm run dev` first)
import { openCheckedPage } from './chromium.mjs';

const [url = 'http://127.0.0.1:5173/', shot = '/tmp/demo-jira.png'] = process.argv.slice(2);
const { browser, page, problems, runs } = await openCheckedPage({ width: 1440, height: 1100 });
const checks = {};
await page.goto(url);
await page.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: /Create Issue/ }).click();
const form = page.getByRole('form', { name: 'Create Issue' });
const project = form.getByRole('combobox', { name: 'Project' });
const issueType = form.getByRole('combobox', { name: 'Issue Type' });
await project.waitFor();
checks.issueTypeDisabledFirst = await issueType.isDisabled();
checks.issueTypePlaceholder = await issueType.getAttribute('placeholder');
const choose = async (box, option) => {
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
};
await choose(project, 'Platform (PLAT)');
await issueType.click();
await page.getByRole('group', { name: 'Sub-task' }).waitFor();
checks.groups = await page.getByRole('listbox').getByRole('group').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')).textContent));
await page.getByRole('option', { name: 'Task', exact: true }).click();
await choose(project, 'Mobile (MOB)');
await page.waitForTimeout(1500); // the mock answers after ~450 ms
checks.taskKeptAfterProjectChange = await issueType.inputValue();
await choose(project, 'Platform (PLAT)');
await choose(issueType, 'Bug');
await choose(project, 'Mobile (MOB)');
await page.waitForTimeout(1500);
checks.bugClearedAfterProjectChange = (await issueType.inputValue()) === '';
await choose(issueType, 'Story');
await form.getByRole('textbox', { name: 'Summary' }).fill('Broken login');
await form.getByRole('button', { name: 'Run action' }).click();
await form.getByRole('status').getByText('Action ran successfully.').waitFor();
await page.screenshot({ path: shot, fullPage: true });
await browser.close();
const sent = runs[0]?.parameters ?? {};
const ok = checks.issueTypeDisabledFirst && checks.taskKeptAfterProjectChange === 'Task' && checks.bugClearedAfterProjectChange
  && sent.project === '10002' && sent.issueType === '20001' && runs.length === 1 && problems.length === 0;
console.log(JSON.stringify({ ok, checks, sent, problems }, null, 1));
process.exit(ok ? 0 : 1);
