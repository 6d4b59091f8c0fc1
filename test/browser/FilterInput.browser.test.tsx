import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { FilterInput } from '../../src/inputs/filter';
import { cleanFilter, parseFilter, type FilterDraft, type ParagonInput } from '../../src/schema';

const input: ParagonInput = {
  id: 'filterFormula',
  type: 'CONDITIONAL',
  title: 'Filter',
  subtitle: 'Only matching records',
  supportedKeys: ['status', 'created_at', 'amount', 'tags'],
};

/** Holds the draft like the form does and shows what the form would submit. */
function Harness({ initial = [], invalid = false }: { initial?: FilterDraft; invalid?: boolean }) {
  const [draft, setDraft] = useState<FilterDraft>(initial);
  return (
    <main className="akf-root">
      <button type="button">before</button>
      <label id="filter-label" htmlFor="filter-control">{input.title}</label>
      <p id="filter-help">{input.subtitle}</p>
      <FilterInput
        input={input}
        type="CONDITIONAL"
        value={draft}
        onChange={setDraft}
        onBlur={() => {}}
        inputRef={() => {}}
        name="f0"
        ids={{ control: 'filter-control', label: 'filter-label', description: 'filter-help' }}
        describedBy="filter-help"
        invalid={invalid}
        required={false}
        disabled={false}
        groups={[]}
        context={{ actionName: 'SALESFORCE_SEARCH_RECORDS' }}
      />
      <output data-testid="submitted">{JSON.stringify(cleanFilter(draft) ?? null)}</output>
    </main>
  );
}

const submitted = () => JSON.parse(screen.getByTestId('submitted').textContent ?? 'null') as unknown;
const builder = () => screen.getByRole('group', { name: 'Filter' });
const rows = () => within(builder()).getAllByRole('group', { name: /^Condition \d+$/ });
const tab = (times = 1) => userEvent.keyboard('{Tab}'.repeat(times));

describe('FilterInput in a real browser', () => {
  it('builds a two-group filter with the keyboard only', async () => {
    render(<Harness />);
    screen.getByRole('button', { name: 'before' }).focus();

    // group 1, row 1: Field, Operator, Value
    await tab();
    expect(within(rows()[0]).getByRole('combobox', { name: 'Field' })).toHaveFocus();
    await userEvent.keyboard('status{Enter}');
    await tab();
    expect(within(rows()[0]).getByRole('combobox', { name: 'Operator' })).toHaveFocus();
    await userEvent.keyboard('exactly{ArrowDown}{Enter}');
    await tab();
    await userEvent.keyboard('open');

    // Remove condition, then Add condition: focus lands on the new row's Field
    await tab(2);
    expect(screen.getByRole('button', { name: 'Add condition' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(within(rows()[1]).getByRole('combobox', { name: 'Field' })).toHaveFocus();
    await userEvent.keyboard('amount{Enter}');
    await tab();
    await userEvent.keyboard('greater{ArrowDown}{Enter}');
    await tab();
    expect(within(rows()[1]).getByRole('spinbutton', { name: 'Value' })).toHaveFocus();
    await userEvent.keyboard('100');

    // Remove condition, Add condition, Add OR group (Space)
    await tab(3);
    expect(screen.getByRole('button', { name: 'Add OR group' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(within(rows()[2]).getByRole('combobox', { name: 'Field' })).toHaveFocus();
    await userEvent.keyboard('tags{Enter}');
    await tab();
    await userEvent.keyboard('is one of{Enter}');
    await tab();
    await userEvent.keyboard('red, green');

    expect(submitted()).toEqual({
      operator: 'OR',
      conditions: [
        {
          operator: 'AND',
          conditions: [
            { field: 'status', operator: '$stringExactlyMatches', value: 'open' },
            { field: 'amount', operator: '$numberGreaterThan', value: 100 },
          ],
        },
        { operator: 'AND', conditions: [{ field: 'tags', operator: '$stringIsIn', value: ['red', 'green'] }] },
      ],
    });

    // removing a row with the keyboard moves focus to the next row's Field
    within(rows()[0]).getByRole('button', { name: 'Remove condition' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(within(rows()[0]).getByRole('combobox', { name: 'Field' })).toHaveFocus();
    expect(within(rows()[0]).getByRole('combobox', { name: 'Field' })).toHaveValue('amount');
  });

  it('types a date into the date Value input', async () => {
    render(<Harness initial={[[{ field: 'created_at', operator: '$dateTimeAfter' }]]} />);
    const date = within(rows()[0]).getByLabelText('Value');
    expect(date).toHaveAttribute('type', 'date');
    date.focus();
    // Chromium's date input takes its segments in the locale's order (en-US: month, day, year)
    await userEvent.keyboard('03042026');
    expect(submitted()).toEqual({
      operator: 'OR',
      conditions: [{ operator: 'AND', conditions: [{ field: 'created_at', operator: '$dateTimeAfter', value: '2026-03-04' }] }],
    });
  });

  it.each([false, true])('has no serious or critical axe violations with two groups (invalid: %s)', async (invalid) => {
    const { draft } = parseFilter({
      operator: 'OR',
      conditions: [
        { operator: 'AND', conditions: [
          { field: 'status', operator: '$stringIsIn', value: ['open', 'new'] },
          { field: 'created_at', operator: '$dateTimeAfter', value: '2026-01-01' },
          { field: 'amount', operator: '$exists' },
        ] },
        { operator: 'AND', conditions: [{ field: 'amount', operator: '$numberLessThan', value: 5 }] },
      ],
    });
    render(<Harness initial={draft} invalid={invalid} />);
    // an open listbox is part of what must be accessible too (portalled: found through aria-controls)
    const operator = within(rows()[3]).getByRole('combobox', { name: 'Operator' });
    await userEvent.click(operator);
    expect(within(document.getElementById(operator.getAttribute('aria-controls') ?? '')!).getAllByRole('option').length).toBeGreaterThan(8);
    const result = await axe.run(document.body);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
