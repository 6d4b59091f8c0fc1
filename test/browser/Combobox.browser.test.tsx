import { render } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Combobox, type ComboboxProps } from '../../src/inputs/combobox/Combobox';
import { EnumTextAreaPairInput } from '../../src/inputs/EnumTextAreaPairInput';
import { normalizeOptions, type EnumValue, type OptionGroup, type PairRow } from '../../src/schema';

const groups: OptionGroup[] = [
  { title: 'Standard', options: [{ value: 'Account', label: 'Account', subtitle: 'A company' }, { value: 'Contact', label: 'Contact' }] },
  { title: 'Custom', options: Array.from({ length: 40 }, (_, i) => ({ value: i, label: `Object ${i}` })) },
];

function Harness({ onChange, ...rest }: Partial<ComboboxProps>) {
  const [value, setValue] = useState<EnumValue | null>(null);
  return (
    <>
      <button type="button">Elsewhere</button>
      <label id="rt-label" htmlFor="rt">Record type</label>
      <p id="rt-help">The Salesforce object</p>
      <Combobox
        id="rt"
        labelledBy="rt-label"
        describedBy="rt-help"
        invalid={false}
        required
        disabled={false}
        groups={groups}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
        {...rest}
      />
    </>
  );
}

// the whole body: the open list is portalled out of the rendered container
const seriousViolations = async (root: Element) => {
  const result = await axe.run(root);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
};

// what a host stylesheet does: the popup sits under the input and its listbox scrolls
let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = `.akf-combobox { position: relative; width: 300px }
    .akf-combobox__popup { position: absolute; top: 100%; left: 0; right: 0; background: white }
    .akf-combobox__listbox { max-height: 160px; overflow-y: auto }
    .akf-combobox__option { padding: 4px; line-height: 20px }`;
  document.head.append(style);
});
afterEach(() => style.remove());

describe('Combobox in a real browser', () => {
  it('runs the keyboard flow with focus staying in the input and never submits the form', async () => {
    const onChange = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Harness onChange={onChange} />
        <button type="submit">Save</button>
      </form>,
    );
    const input = page.getByRole('combobox', { name: 'Record type' });
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.element(page.getByRole('option', { name: 'Contact' })).toHaveAttribute('data-highlighted', 'true');
    expect(document.activeElement).toBe(input.element());
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('Contact');
    await expect.element(input).toHaveValue('Contact');
    await expect.element(input).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{Enter}');
    await userEvent.fill(input, 'object 3');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(3);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(input.element());
  });

  it('keeps the highlighted option scrolled into view', async () => {
    render(<Harness />);
    await userEvent.click(page.getByRole('combobox', { name: 'Record type' }));
    await userEvent.keyboard('{End}');
    const last = page.getByRole('option', { name: 'Object 39' }).element().getBoundingClientRect();
    const popup = document.querySelector('.akf-combobox__listbox')!.getBoundingClientRect();
    expect(last.bottom).toBeLessThanOrEqual(popup.bottom + 1);
    expect(last.top).toBeGreaterThanOrEqual(popup.top - 1);
  });

  it('commits a clicked option without losing focus, and closes on an outside click', async () => {
    render(<Harness />);
    const input = page.getByRole('combobox', { name: 'Record type' });
    await userEvent.click(input);
    await userEvent.click(page.getByRole('option', { name: 'Account' }));
    await expect.element(input).toHaveValue('Account');
    expect(document.activeElement).toBe(input.element());
    await userEvent.click(input);
    await expect.element(page.getByRole('listbox')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Elsewhere' }));
    expect(document.querySelector('[role="listbox"]')).toBeNull();

    // the click that focuses the input selects the label, so typing searches afresh
    await userEvent.click(input);
    await userEvent.keyboard('cont');
    await expect.element(input).toHaveValue('cont');
    await expect.element(page.getByRole('option', { name: 'Contact' })).toBeVisible();
  });

  it('loads more when scrolled to the bottom', async () => {
    const onLoadMore = vi.fn();
    render(<Harness hasMore onLoadMore={onLoadMore} />);
    await userEvent.click(page.getByRole('combobox', { name: 'Record type' }));
    const popup = document.querySelector('.akf-combobox__listbox')!;
    popup.scrollTop = popup.scrollHeight;
    await vi.waitFor(() => expect(onLoadMore).toHaveBeenCalledTimes(1));
  });

  it('has no serious axe violations with the list open', async () => {
    render(<Harness editable clearable clearLabel="Clear Record type" />);
    await userEvent.click(page.getByRole('combobox', { name: 'Record type' }));
    await userEvent.keyboard('{ArrowDown}');
    expect(await seriousViolations(document.body)).toEqual([]);
    await userEvent.fill(page.getByRole('combobox', { name: 'Record type' }), 'Obj');
    await expect.element(page.getByRole('option', { name: 'Use "Obj"' })).toBeVisible();
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('has no serious axe violations while loading, empty, failed or paged', async () => {
    const states: Array<Partial<ComboboxProps>> = [
      { groups: [], loading: true },
      { groups: [] },
      { groups: [], error: 'Could not load', onRetry: () => {} },
      { hasMore: true, onLoadMore: () => {} },
    ];
    for (const state of states) {
      const { unmount } = render(<Harness {...state} />);
      await userEvent.click(page.getByRole('combobox', { name: 'Record type' }));
      // an empty listbox is display: none by the combobox's own CSS (which now comes with it, as in a host)
      await expect.element(page.getByRole('listbox', { includeHidden: true })).toBeInTheDocument();
      expect(await seriousViolations(document.body), JSON.stringify(Object.keys(state))).toEqual([]);
      unmount();
    }
  });

  it('has no serious axe violations in the pair input with a key list open', async () => {
    function Pairs() {
      const [rows, setRows] = useState<PairRow[]>([{ key: 'Accept', text: 'json' }]);
      return (
        <>
          <label id="h-label" htmlFor="h">Headers</label>
          <EnumTextAreaPairInput
            input={{ id: 'h', type: 'EnumTextAreaPairInput', title: 'Headers' }}
            type="EnumTextAreaPairInput"
            value={rows}
            onChange={setRows}
            onBlur={() => {}}
            inputRef={() => {}}
            name="h"
            ids={{ control: 'h', label: 'h-label' }}
            invalid
            required
            disabled={false}
            groups={normalizeOptions(['Accept', 'Authorization'])}
            context={{ actionName: 'TEST' }}
          />
        </>
      );
    }
    render(<Pairs />);
    await userEvent.click(page.getByRole('button', { name: 'Add pair' }));
    await userEvent.click(page.getByRole('combobox', { name: 'Key' }).nth(1));
    await expect.element(page.getByRole('option', { name: 'Authorization' })).toBeVisible();
    expect(await seriousViolations(document.body)).toEqual([]);
  });
});
