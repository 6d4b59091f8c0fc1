import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { defaultMessages, type ActionFormMessages } from '../../src';
import type { MESSAGE_SAMPLES } from '../support/noEnglish';

// README's messages table is generated from `defaultMessages`: `UPDATE_README=1 npx vitest run --project unit test/schema/messagesReadme.test.ts`
// rewrites it, keeping each key's "where it shows" cell; without it the test fails when the table is out of date.
const README = join(process.cwd(), 'README.md');
const START = '<!-- messages-table:start -->';
const END = '<!-- messages-table:end -->';
const HEADER = ['| key | English default (functions with a sample argument) | where it shows |', '|---|---|---|'];

/** The argument each function is shown with in the README (typed like the test samples: a new function needs one). */
const README_SAMPLES: { [K in keyof typeof MESSAGE_SAMPLES]: Parameters<ActionFormMessages[K]> } = {
  required: ['Subject'],
  selectFirst: ['Project'],
  dependsOnVariable: ['Project'],
  useTyped: ['abc'],
  unknownVariable: ['{{2.output.id}}'],
  fieldFailed: ['Subject', 'Cannot read properties of undefined'],
  actionMissing: ['SLACK_SEND_MESSAGE'],
  skippedActions: [2, 'slack'],
  moreProblems: [3],
  problemNotObject: ['#3'],
  problemNoId: ['#2'],
  problemCycle: ['"Record type"'],
  problemTooDeep: ['"Record type"'],
  problemNoTitle: ['field-Subject'],
  problemNoType: ['Subject'],
  problemValuesNotList: ['Status'],
  problemOptionsDropped: ['Status', 2],
  problemDependentsNotList: ['Record type'],
  showAll: [25000],
  httpStatus: [500],
  errorRateLimited: [30],
  errorServer: [500],
  errorValuesRejected: [['Subject is too long', 'Due date is in the past']],
  filterRequired: ['Filter'],
  notANumber: ['Amount'],
  notAnEmail: ['Email'],
  notAUrl: ['Website'],
  invalidJson: ['Body', 'line 3, column 1'],
  jsonErrorAt: [3, 1],
  clear: ['Record type'],
  moreOptions: [120],
  noMatches: ['acme'],
  optionsFailed: ['ActionKit had a problem (HTTP 500).'],
  notAvailableFor: [['Project', 'Board']],
  conditionGroup: [2],
  condition: [1],
  filterSummary: ['status exactly matches open'],
  unsupportedType: ['FILE_PICKER'],
  triggerMissing: ['SALESFORCE_TRIGGER_RECORD_CREATED'],
  skippedTriggers: [2, 'salesforce'],
  subscriptionStatus: ['ACTIVE'],
  subscribed: ['Active'],
  subscriptionUpdated: ['Active'],
  exampleLoaded: [2],
};

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** [key, default] of every message, operator labels as `operators.$…`, in `defaultMessages` order. */
function rows(): Array<[string, string]> {
  return Object.entries(defaultMessages).flatMap(([key, value]): Array<[string, string]> => {
    if (key === 'operators') return Object.entries(defaultMessages.operators).map(([op, label]) => [`operators.${op}`, label]);
    if (typeof value === 'string') return [[key, value]];
    const args = (README_SAMPLES as Record<string, unknown[]>)[key];
    const call = `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
    return [[key, `${code(call)} → ${(value as (...a: unknown[]) => string)(...args)}`]];
  });
}

/** The README's table between the markers: key → [default, where]. */
function readmeTable(readme: string): Map<string, [string, string]> {
  const body = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
  const table = new Map<string, [string, string]>();
  for (const line of body.split('\n').slice(HEADER.length + 1)) {
    const match = /^\| `([^`]+)` \| (.*) \| (.*) \|$/.exec(line.trim());
    if (match) table.set(match[1], [match[2], match[3]]);
  }
  return table;
}

test('README lists every message key with its English default and where it shows', () => {
  const readme = readFileSync(README, 'utf8');
  expect(readme.indexOf(START)).toBeGreaterThan(0);
  const table = readmeTable(readme);
  const expected = rows().map(([key, text]) => `| \`${key}\` | ${cell(text)} | ${table.get(key)?.[1] || 'TODO'} |`);
  if (process.env.UPDATE_README) {
    const next = `${readme.slice(0, readme.indexOf(START) + START.length)}\n${[...HEADER, ...expected].join('\n')}\n${readme.slice(readme.indexOf(END))}`;
    writeFileSync(README, next);
  }
  const actual = readFileSync(README, 'utf8');
  const shown = actual.slice(actual.indexOf(START) + START.length, actual.indexOf(END)).trim().split('\n');
  expect(shown).toEqual([...HEADER, ...expected]);
  expect(expected.filter((row) => row.endsWith('| TODO |'))).toEqual([]);
});
