import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FilterInput } from '../../src/inputs/filter';
import { cleanFilter, parseFilter, type FilterDraft, type FilterOperator, type ParagonInput } from '../../src/schema';

const conditional = (extra: Partial<ParagonInput> = {}): ParagonInput => ({
  id: 'filterFormula',
  type: 'CONDITIONAL',
  title: 'Filter',
  supportedKeys: ['status', 'created_at', 'amount', 'tags'],
  ...extra,
});

interface HarnessProps {
  input: ParagonInput;
  initial?: FilterDraft;
  invalid?: boolean;
  disabled?: boolean;
  inputRef?: (element: HTMLElement | null) => void;
  onBlur?: () => void;
}

/** Holds the draft like the form does and shows what the form would submit. */
function Harness({ input, initial = [], invalid = false, disabled = false, inputRef = () => {}, onBlur = () => {} }: HarnessProps) {
  const [draft, setDraft] = useState<FilterDraft>(initial);
  return (
    <div>
      <label id="filter-label" htmlFor="filter-control">{input.title}</label>
      <p id="filter-help">Only matching records</p>
      <FilterInput
        input={input}
        type={input.type}
        value={draft}
        onChange={setDraft}
        onBlur={onBlur}
        inputRef={inputRef}
        name="f0"
        ids={{ control: 'filter-control', label: 'filter-label', description: 'filter-help' }}
        describedBy="filter-help"
        invalid={invalid}
        required={false}
        disabled={disabled}
        groups={[]}
        context={{ actionName: 'SALESFORCE_SEARCH_RECORDS' }}
      />
      <output data-testid="submitted">{JSON.stringify(cleanFilter(draft) ?? null)}</output>
      <output data-testid="draft">{JSON.stringify(draft)}</output>
      <button type="button">after</button>
    </div>
  );
}

const submitted = () => JSON.parse(screen.getByTestId('submitted').textContent ?? 'null') as unknown;
const draftShown = () => JSON.parse(screen.getByTestId('draft').textContent ?? '[]') as FilterDraft;
const builder = () => screen.getByRole('group', { name: 'Filter' });
const groups = () => within(builder()).getAllByRole('group', { name: /^Condition group/ });
const rows = () => within(builder()).getAllByRole('group', { name: /^Condition \d+$/ });
const setup = (props: HarnessProps) => {
  const user = userEvent.setup();
  render(<Harness {...props} />);
  return user;
};

type User = ReturnType<typeof userEvent.setup>;

/** The list a row's combobox controls (portalled to the body, so found through aria-controls). */
const listOf = (row: HTMLElement, name: 'Field' | 'Operator') =>
  document.getElementById(within(row).getByRole('combobox', { name }).getAttribute('aria-controls') ?? '') as HTMLElement;

async function pick(user: User, row: HTMLElement, name: 'Field' | 'Operator', label: string) {
  const box = within(row).getByRole('combobox', { name });
  await user.click(box);
  await user.click(within(listOf(row, name)).getByRole('option', { name: label }));
}

describe('FilterInput', () => {
  it('is a group named by the label, described by the helper text, starting with one empty row', () => {
    setup({ input: conditional() });
    expect(builder()).toHaveAttribute('id', 'filter-control');
    expect(builder()).toHaveAccessibleDescription('Only matching records');
    expect(rows()).toHaveLength(1);
    const row = rows()[0];
    expect(within(row).getByRole('combobox', { name: 'Field' })).toHaveValue('');
    expect(within(row).getByRole('combobox', { name: 'Operator' })).toHaveValue('');
    expect(within(row).getByRole('textbox', { name: 'Value' })).toHaveValue('');
    expect(within(row).getByRole('button', { name: 'Remove condition' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Add condition' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Add OR group' })).toBeEnabled();
    expect(submitted()).toBeNull();
  });

  it('builds a two-group filter by clicking and typing and submits the exact DNF object', async () => {
    const user = setup({ input: conditional() });
    await pick(user, rows()[0], 'Field', 'status');
    await pick(user, rows()[0], 'Operator', 'exactly matches');
    await user.type(within(rows()[0]).getByRole('textbox', { name: 'Value' }), 'open');

    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    expect(rows()).toHaveLength(2);
    expect(within(rows()[1]).getByRole('combobox', { name: 'Field' })).toHaveFocus();
    await pick(user, rows()[1], 'Field', 'created_at');
    await pick(user, rows()[1], 'Operator', 'is after');
    const date = rows()[1].querySelector('input[type="date"]') as HTMLInputElement;
    expect(date).toHaveAccessibleName('Value');
    await user.type(date, '2026-01-01');

    await user.click(screen.getByRole('button', { name: 'Add OR group' }));
    expect(groups()).toHaveLength(2);
    expect(within(builder()).getByText('or')).toBeInTheDocument();
    const third = within(groups()[1]).getAllByRole('group', { name: 'Condition 1' })[0];
    expect(within(third).getByRole('combobox', { name: 'Field' })).toHaveFocus();
    await user.keyboard('amount{Enter}');
    await pick(user, third, 'Operator', 'greater than');
    await user.type(within(third).getByRole('spinbutton', { name: 'Value' }), '100');

    expect(submitted()).toEqual({
      operator: 'OR',
      conditions: [
        {
          operator: 'AND',
          conditions: [
            { field: 'status', operator: '$stringExactlyMatches', value: 'open' },
            { field: 'created_at', operator: '$dateTimeAfter', value: '2026-01-01' },
          ],
        },
        { operator: 'AND', conditions: [{ field: 'amount', operator: '$numberGreaterThan', value: 100 }] },
      ],
    });
    expect(builder()).toHaveTextContent(
      'Matches when status exactly matches open and created_at is after 2026-01-01, or amount greater than 100',
    );
  });

  it('accepts a field name that is not among the supported keys', async () => {
    const user = setup({ input: conditional({ supportedOperators: ['$stringContains'] }) });
    await user.click(within(rows()[0]).getByRole('combobox', { name: 'Field' }));
    await user.keyboard('Custom_Field__c');
    await user.tab();
    await user.selectOptions(within(rows()[0]).getByRole('combobox', { name: 'Operator' }), 'contains');
    await user.type(within(rows()[0]).getByRole('textbox', { name: 'Value' }), 'x');
    expect(submitted()).toEqual({
      operator: 'OR',
      conditions: [{ operator: 'AND', conditions: [{ field: 'Custom_Field__c', operator: '$stringContains', value: 'x' }] }],
    });
  });

  it('omits the value and hides the Value input for operators that take none', async () => {
    const user = setup({ input: conditional() });
    await pick(user, rows()[0], 'Field', 'status');
    await pick(user, rows()[0], 'Operator', 'contains');
    await user.type(within(rows()[0]).getByRole('textbox', { name: 'Value' }), 'abc');
    await pick(user, rows()[0], 'Operator', 'is not null');
    expect(within(rows()[0]).queryByRole('textbox', { name: 'Value' })).toBeNull();
    expect(within(rows()[0]).queryByLabelText('Value')).toBeNull();
    expect(submitted()).toEqual({
      operator: 'OR',
      conditions: [{ operator: 'AND', conditions: [{ field: 'status', operator: '$exists' }] }],
    });
    expect(draftShown()[0][0]).not.toHaveProperty('value');
  });

  it('keeps the value for an operator of the same kind and clears it for another kind', async () => {
    const user = setup({ input: conditional() });
    await pick(user, rows()[0], 'Field', 'status');
    await pick(user, rows()[0], 'Operator', 'contains');
    await user.type(within(rows()[0]).getByRole('textbox', { name: 'Value' }), '42');
    await pick(user, rows()[0], 'Operator', 'starts with');
    expect(within(rows()[0]).getByRole('textbox', { name: 'Value' })).toHaveValue('42');
    await pick(user, rows()[0], 'Operator', 'equals');
    expect(within(rows()[0]).getByRole('spinbutton', { name: 'Value' })).toHaveValue(null);
    expect(submitted()).toBeNull();
  });

  it('sends numbers for number operators and YYYY-MM-DD for date operators', async () => {
    const user = setup({ input: conditional({ supportedOperators: ['$numberLessThanOrEqualTo', '$dateTimeBefore'] }) });
    await pick(user, rows()[0], 'Field', 'amount');
    await user.selectOptions(within(rows()[0]).getByRole('combobox', { name: 'Operator' }), 'less than or equal to');
    await user.type(within(rows()[0]).getByRole('spinbutton', { name: 'Value' }), '-2.5');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await pick(user, rows()[1], 'Field', 'created_at');
    await user.selectOptions(within(rows()[1]).getByRole('combobox', { name: 'Operator' }), 'is before');
    await user.type(within(rows()[1]).getByLabelText('Value'), '2025-12-31');
    expect(submitted()).toEqual({
      operator: 'OR',
      conditions: [{
        operator: 'AND',
        conditions: [
          { field: 'amount', operator: '$numberLessThanOrEqualTo', value: -2.5 },
          { field: 'created_at', operator: '$dateTimeBefore', value: '2025-12-31' },
        ],
      }],
    });
  });

  it('sends "is one of" as a list of strings typed with commas', async () => {
    const user = setup({ input: conditional() });
    await pick(user, rows()[0], 'Field', 'status');
    await pick(user, rows()[0], 'Operator', 'is one of');
    const value = within(rows()[0]).getByRole('textbox', { name: 'Value' });
    expect(value).toHaveAccessibleDescription('Separate values with commas');
    await user.type(value, 'open, closed ,pending,');
    expect(value).toHaveValue('open, closed ,pending,');
    expect(submitted()).toEqual({
      operator: 'OR',
      conditions: [{ operator: 'AND', conditions: [{ field: 'status', operator: '$stringIsIn', value: ['open', 'closed', 'pending'] }] }],
    });
    expect(Array.isArray(draftShown()[0][0].value)).toBe(true);
  });

  it('hides "Add OR group" when OR conditions are disabled', () => {
    setup({ input: conditional({ disableOrCondition: true }) });
    expect(screen.queryByRole('button', { name: 'Add OR group' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add condition' })).toBeInTheDocument();
  });

  it('removes rows and groups and moves focus to a neighbour', async () => {
    const saved = parseFilter({
      operator: 'OR',
      conditions: [
        { operator: 'AND', conditions: [
          { field: 'status', operator: '$exists' },
          { field: 'amount', operator: '$exists' },
          { field: 'tags', operator: '$arrayIsEmpty' },
        ] },
        { operator: 'AND', conditions: [{ field: 'created_at', operator: '$doesNotExist' }] },
      ],
    }).draft;
    const user = setup({ input: conditional(), initial: saved });
    const fieldOf = (row: HTMLElement) => within(row).getByRole('combobox', { name: 'Field' });

    await user.click(within(rows()[1]).getByRole('button', { name: 'Remove condition' }));
    expect(rows().map((r) => fieldOf(r).getAttribute('value'))).toEqual(['status', 'tags', 'created_at']);
    expect(fieldOf(rows()[1])).toHaveFocus();

    await user.click(within(rows()[1]).getByRole('button', { name: 'Remove condition' }));
    expect(within(groups()[0]).getByRole('button', { name: 'Add condition' })).toHaveFocus();

    // the second group's only row: the group and its "or" separator go
    await user.click(within(groups()[1]).getByRole('button', { name: 'Remove condition' }));
    expect(groups()).toHaveLength(1);
    expect(within(builder()).queryByText('or')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add condition' })).toHaveFocus();
    expect(submitted()).toEqual({ operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'status', operator: '$exists' }] }] });

    // the very last row: one empty row again
    await user.click(within(rows()[0]).getByRole('button', { name: 'Remove condition' }));
    expect(rows()).toHaveLength(1);
    expect(fieldOf(rows()[0])).toHaveValue('');
    expect(fieldOf(rows()[0])).toHaveFocus();
    expect(submitted()).toBeNull();
    expect(draftShown()).toEqual([]);
  });

  it('removing the first group focuses the next group and keeps the other rows intact', async () => {
    const saved = parseFilter({
      operator: 'OR',
      conditions: [
        { operator: 'AND', conditions: [{ field: 'status', operator: '$stringContains', value: 'a' }] },
        { operator: 'AND', conditions: [{ field: 'tags', operator: '$stringIsIn', value: ['x', 'y'] }] },
      ],
    }).draft;
    const user = setup({ input: conditional(), initial: saved });
    await user.click(within(groups()[0]).getByRole('button', { name: 'Remove condition' }));
    expect(groups()).toHaveLength(1);
    expect(within(rows()[0]).getByRole('combobox', { name: 'Field' })).toHaveFocus();
    expect(within(rows()[0]).getByRole('textbox', { name: 'Value' })).toHaveValue('x, y');
  });

  it('restores a saved two-group filter and submits it back unchanged', () => {
    const saved = {
      operator: 'OR',
      conditions: [
        { operator: 'AND', conditions: [
          { field: 'status', operator: '$stringIsNotIn', value: ['closed', 'spam'] },
          { field: 'amount', operator: '$numberGreaterThanOrEqualTo', value: 10 },
        ] },
        { operator: 'AND', conditions: [
          { field: 'created_at', operator: '$dateTimeEquals', value: '2026-03-04' },
          { field: 'Owner.Name', operator: '$isUndefinedOrNull' },
        ] },
      ],
    };
    const { draft, dropped } = parseFilter(saved);
    expect(dropped).toEqual([]);
    setup({ input: conditional(), initial: draft });
    expect(submitted()).toEqual(saved);
    expect(groups()).toHaveLength(2);
    const shown = rows().map((row) => [
      within(row).getByRole('combobox', { name: 'Field' }).getAttribute('value'),
      within(row).getByRole('combobox', { name: 'Operator' }).getAttribute('value'),
      (within(row).queryByLabelText('Value') as HTMLInputElement | null)?.value ?? null,
    ]);
    expect(shown).toEqual([
      ['status', 'is not one of', 'closed, spam'],
      ['amount', 'greater than or equal to', '10'],
      ['created_at', 'is on', '2026-03-04'],
      ['Owner.Name', 'does not exist', null],
    ]);
  });

  it.each<[string, unknown, FilterDraft]>([
    ['wrong nesting', { operator: 'AND', conditions: [{ operator: 'OR', conditions: [{ field: 'status', operator: '$exists' }] }] }, [[{ field: 'status', operator: '$exists', value: undefined }]]],
    ['an unknown operator', { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'a', operator: '$regex', value: 'x' }, { field: 'b', operator: '$exists' }] }] }, [[{ field: 'b', operator: '$exists', value: undefined }]]],
    ['a bare array', [{ field: 'amount', operator: '$numberEquals', value: 3 }, 'junk'], [[{ field: 'amount', operator: '$numberEquals', value: 3 }]]],
    ['a string', 'status = open', []],
    ['a group with no rows', { operator: 'OR', conditions: [{ operator: 'AND', conditions: [] }, 7, null] }, []],
  ])('renders a malformed saved filter (%s) without crashing', (_name, saved, expected) => {
    const { draft } = parseFilter(saved);
    expect(draft).toEqual(expected);
    setup({ input: conditional(), initial: draft });
    expect(rows().length).toBeGreaterThanOrEqual(1);
    expect(submitted()).toEqual(cleanFilter(draft) ?? null);
  });

  it('tolerates odd values the host may hand it (empty groups, odd row values)', () => {
    const odd = [[], [{ field: 'x', operator: '$dateTimeAfter', value: '2026-01-01T10:00:00Z' }, { field: 'y', operator: '$numberEquals', value: '{{1.output.n}}' }, { field: 'z', operator: '$stringIsIn', value: 'a,b' }]] as FilterDraft;
    setup({ input: conditional(), initial: odd });
    expect(rows()).toHaveLength(3);
    expect(within(rows()[0]).getByRole('textbox', { name: 'Value' })).toHaveValue('2026-01-01T10:00:00Z');
    expect(within(rows()[1]).getByRole('textbox', { name: 'Value' })).toHaveValue('{{1.output.n}}');
    expect(within(rows()[2]).getByRole('textbox', { name: 'Value' })).toHaveValue('a, b');
  });

  it('never shows a raw $ operator string and never offers $none', async () => {
    const user = setup({ input: conditional() });
    await user.click(within(rows()[0]).getByRole('combobox', { name: 'Operator' }));
    const names = within(listOf(rows()[0], 'Operator')).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(names).toHaveLength(31);
    expect(names.filter((n) => n.includes('$'))).toEqual([]);
    expect(names).toContain('is not null');
    expect(names).toContain('exists');
    expect(document.body.textContent).not.toContain('$');
  });

  it('offers only the known supported operators, in a native select when the list is short', () => {
    const supportedOperators = ['$stringContains', '$none', '$bogus', '$numberEquals', '$stringContains'] as FilterOperator[];
    setup({ input: conditional({ supportedOperators }) });
    const select = within(rows()[0]).getByRole('combobox', { name: 'Operator' });
    expect(select.tagName).toBe('SELECT');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose an operator', 'contains', 'equals']);
  });

  it('falls back to every operator when none of the supported ones is known', async () => {
    const user = setup({ input: conditional({ supportedOperators: ['$none'] as unknown as FilterOperator[] }) });
    await user.click(within(rows()[0]).getByRole('combobox', { name: 'Operator' }));
    expect(within(listOf(rows()[0], 'Operator')).getAllByRole('option')).toHaveLength(31);
  });

  it('uses a free-text Field without supported keys', async () => {
    const user = setup({ input: conditional({ supportedKeys: undefined, supportedOperators: ['$exists'] }) });
    const field = within(rows()[0]).getByRole('textbox', { name: 'Field' });
    await user.type(field, 'Email');
    await user.selectOptions(within(rows()[0]).getByRole('combobox', { name: 'Operator' }), 'is not null');
    expect(submitted()).toEqual({ operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Email', operator: '$exists' }] }] });
  });

  it('uses a free-text Field for DYNAMIC_CONDITIONAL until dynamic keys load', () => {
    setup({ input: conditional({ type: 'DYNAMIC_CONDITIONAL', supportedKeysSource: { sourceType: 'fields' } }) });
    expect(within(rows()[0]).getByRole('textbox', { name: 'Field' })).toBeInTheDocument();
  });

  it('marks the group invalid, hands the first Field to inputRef, and reports blur when focus leaves', async () => {
    const inputRef = vi.fn();
    const onBlur = vi.fn();
    const user = setup({ input: conditional(), invalid: true, inputRef, onBlur });
    expect(builder()).toHaveAttribute('aria-invalid', 'true');
    const field = within(rows()[0]).getByRole('combobox', { name: 'Field' });
    expect(inputRef).toHaveBeenLastCalledWith(field);
    await user.click(field);
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    expect(onBlur).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'after' }));
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('disables every control when disabled', () => {
    setup({ input: conditional(), disabled: true });
    for (const el of within(builder()).getAllByRole('button')) expect(el).toBeDisabled();
    for (const el of within(builder()).getAllByRole('combobox')) expect(el).toBeDisabled();
    expect(within(builder()).getByRole('textbox', { name: 'Value' })).toBeDisabled();
  });

  it('emits a new draft on every edit without mutating the previous one', async () => {
    const seen: FilterDraft[] = [];
    function Spy() {
      const [draft, setDraft] = useState<FilterDraft>([]);
      return (
        <FilterInput
          input={conditional({ supportedOperators: ['$stringContains'] })}
          type="CONDITIONAL"
          value={draft}
          onChange={(next) => {
            // frozen, so any later in-place edit of an emitted draft would throw
            next.forEach((rows) => rows.forEach((row) => Object.freeze(row)));
            next.forEach((rows) => Object.freeze(rows));
            seen.push(Object.freeze(next) as FilterDraft);
            setDraft(next);
          }}
          onBlur={() => {}}
          inputRef={() => {}}
          name="f"
          ids={{ control: 'c', label: 'l' }}
          invalid={false}
          required={false}
          disabled={false}
          groups={[]}
          context={{ actionName: 'A' }}
        />
      );
    }
    const user = userEvent.setup();
    render(<><span id="l">Filter</span><Spy /></>);
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'ab');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.click(screen.getByRole('button', { name: 'Add OR group' }));
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Operator' })[0], 'contains');
    await user.click(screen.getAllByRole('button', { name: 'Remove condition' })[1]);
    expect(seen).toHaveLength(6);
    expect(seen[0]).toEqual([[{ field: '', operator: '', value: 'a' }]]);
    expect(seen[1]).toEqual([[{ field: '', operator: '', value: 'ab' }]]);
    expect(seen[2].map((rows) => rows.length)).toEqual([2]);
    expect(seen[3].map((rows) => rows.length)).toEqual([2, 1]);
    expect(seen[4][0][0]).toEqual({ field: '', operator: '$stringContains', value: 'ab' });
    expect(seen[5].map((rows) => rows.length)).toEqual([1, 1]);
    expect(new Set(seen).size).toBe(6);
  });
});
