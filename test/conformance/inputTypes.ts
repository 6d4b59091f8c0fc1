import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import type { ParagonInput } from '../../src';

type User = ReturnType<typeof userEvent.setup>;

/** How a user finds, fills and checks one input type. */
export interface InputTypeCase {
  type: string;
  extra?: Partial<ParagonInput>;
  /** The focusable control named by the title. */
  control: (name: string) => HTMLElement;
  fill: (user: User, control: HTMLElement) => Promise<void>;
  /** The parameter value the fill produces. */
  expected: unknown;
  /** Booleans always have a value, so "required" never fails. */
  requiredApplies?: boolean;
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const combobox = (name: string) => screen.getByRole('combobox', { name });
const typeText = (text: string) => async (user: User, el: HTMLElement) => user.type(el, text);
const typeAndEnter = (text: string) => async (user: User, el: HTMLElement) => user.type(el, `${text}{Enter}`);

export const INPUT_TYPE_CASES: InputTypeCase[] = [
  { type: 'TEXT', control: textbox, fill: typeText('hello'), expected: 'hello' },
  { type: 'TEXT_NO_VARS', control: textbox, fill: typeText('literal'), expected: 'literal' },
  { type: 'TEXTAREA', extra: { lines: 4 }, control: textbox, fill: typeText('line 1{Enter}line 2'), expected: 'line 1\nline 2' },
  { type: 'TEXTAREA_NO_VARS', control: textbox, fill: typeText('one line'), expected: 'one line' },
  { type: 'EMAIL', control: textbox, fill: typeText('ada@example.com'), expected: 'ada@example.com' },
  { type: 'URL', control: textbox, fill: typeText('https://example.com/a'), expected: 'https://example.com/a' },
  { type: 'PASSWORD', control: (name) => screen.getByLabelText(name), fill: typeText('s3cret'), expected: 's3cret' },
  { type: 'NUMBER', control: textbox, fill: typeText('42.5'), expected: 42.5 },
  {
    type: 'ENUM',
    extra: { values: [{ value: 1, label: 'One' }, { value: 2, label: 'Two' }] },
    control: combobox,
    fill: async (user, el) => {
      await user.click(el);
      await user.click(await screen.findByRole('option', { name: 'Two' }));
    },
    expected: 2,
  },
  { type: 'EDITABLE_ENUM', extra: { values: ['Web', 'Phone'] }, control: combobox, fill: typeAndEnter('Partner'), expected: 'Partner' },
  { type: 'DYNAMIC_ENUM', control: combobox, fill: typeAndEnter('C123'), expected: 'C123' },
  { type: 'EDITABLE_DYNAMIC_ENUM', control: combobox, fill: typeAndEnter('owner-9'), expected: 'owner-9' },
  {
    type: 'EnumTextAreaPairInput',
    extra: { values: ['A', 'B'] },
    control: (name) => screen.getByRole('group', { name }),
    fill: async (user, group) => {
      await user.click(within(group).getByRole('combobox', { name: 'Key' }));
      await user.click(await screen.findByRole('option', { name: 'B' })); // the list is portalled to the body
      await user.type(within(group).getByRole('textbox', { name: 'Value' }), 'Closed won');
    },
    expected: { B: 'Closed won' },
  },
  {
    type: 'CONDITIONAL',
    extra: { supportedKeys: ['status'], supportedOperators: ['$stringExactlyMatches', '$exists'] },
    control: (name) => screen.getByRole('group', { name }),
    fill: async (user, group) => {
      await user.type(within(group).getByRole('combobox', { name: 'Field' }), 'status{Enter}');
      await user.selectOptions(within(group).getByRole('combobox', { name: 'Operator' }), 'exactly matches');
      await user.type(within(group).getByRole('textbox', { name: 'Value' }), 'open');
    },
    expected: { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'status', operator: '$stringExactlyMatches', value: 'open' }] }] },
  },
  { type: 'CODE', extra: { language: 'json' }, control: textbox, fill: typeText('[[1, 2]'), expected: [1, 2] },
  { type: 'BOOLEAN_INPUT', control: (name) => screen.getByRole('switch', { name }), fill: async (user, el) => user.click(el), expected: true, requiredApplies: false },
  { type: 'SWITCH', control: (name) => screen.getByRole('switch', { name }), fill: async (user, el) => user.click(el), expected: true, requiredApplies: false },
  { type: 'FILE', control: textbox, fill: typeText('report.pdf'), expected: 'report.pdf' },
];
