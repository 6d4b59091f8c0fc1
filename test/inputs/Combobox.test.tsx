import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Combobox, type ComboboxProps } from '../../src/inputs/combobox/Combobox';
import type { EnumValue, OptionGroup } from '../../src/schema';

const groups: OptionGroup[] = [
  {
    options: [
      { value: 'Account', label: 'Account', subtitle: 'A company' },
      { value: 'Contact', label: 'Contact' },
      { value: 2, label: 'Two (number)' },
      { value: 'opp', label: 'Opportunity' },
    ],
  },
];

const sections: OptionGroup[] = [
  { title: 'Standard', options: [{ value: 'Lead', label: 'Lead' }, { value: 'Case', label: 'Case' }] },
  { title: 'Custom', options: [{ value: 'Invoice__c', label: 'Invoice' }] },
];

type HarnessProps = Partial<ComboboxProps> & { initial?: EnumValue | null };

function Harness({ initial = null, onChange, ...rest }: HarnessProps) {
  const [value, setValue] = useState<EnumValue | null>(initial);
  return (
    <>
      <label id="rt-label" htmlFor="rt">Record type</label>
      <Combobox
        id="rt"
        labelledBy="rt-label"
        invalid={false}
        required={false}
        disabled={false}
        groups={groups}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
        {...rest}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

const setup = (props: HarnessProps = {}) => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<Harness onChange={onChange} {...props} />);
  return { user, onChange, input: screen.getByRole('combobox', { name: 'Record type' }) };
};

describe('Combobox', () => {
  it('is a collapsed ARIA 1.2 combobox named by its label', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-controls', 'rt-listbox');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens on click with options named by label and described by their subtitle', async () => {
    const { user, input } = setup();
    await user.click(input);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Record type' });
    expect(within(listbox).getAllByRole('option')).toHaveLength(4);
    const account = screen.getByRole('option', { name: 'Account' });
    expect(account).toHaveAccessibleDescription('A company');
  });

  it('filters case-insensitively on the label as the user types', async () => {
    const { user, input } = setup();
    await user.type(input, 'CON');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Contact']);
    await user.clear(input);
    await user.type(input, 'o');
    expect(screen.getAllByRole('option')).toHaveLength(4);
  });

  it('moves the highlight with the arrows and commits with Enter, keeping a number a number', async () => {
    const { user, input, onChange } = setup();
    input.focus();
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Account' }).id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const two = screen.getByRole('option', { name: 'Two (number)' });
    expect(two).toHaveAttribute('data-highlighted');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith(2);
    expect(input).toHaveValue('Two (number)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();
  });

  it('goes to the first and last option with Home and End, and ArrowUp opens at the end', async () => {
    const { user, input } = setup();
    input.focus();
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Opportunity' }).id);
    await user.keyboard('{Home}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Account' }).id);
    await user.keyboard('{End}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Opportunity' }).id);
  });

  it('never submits the enclosing form on Enter', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Harness />
        <button type="submit">Save</button>
      </form>,
    );
    const input = screen.getByRole('combobox', { name: 'Record type' });
    await user.click(input);
    await user.keyboard('{Enter}'); // open, nothing highlighted
    await user.keyboard('{ArrowDown}{Enter}'); // commit
    await user.keyboard('{Enter}'); // closed
    await user.clear(input);
    await user.type(input, 'zzz{Enter}'); // typed text without a match
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input).toHaveValue('zzz');
  });

  it('selects the label on focus so typing replaces it', async () => {
    const { user, input } = setup({ initial: 'Contact' });
    await user.type(input, 'opp');
    expect(input).toHaveValue('opp');
    expect(screen.getByRole('option')).toHaveAccessibleName('Opportunity');
  });

  it('closes on Escape and restores the chosen label', async () => {
    const { user, input, onChange } = setup({ initial: 'Contact' });
    expect(input).toHaveValue('Contact');
    await user.type(input, 'x');
    expect(input).toHaveValue('x');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Contact');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('closes on Tab without changing the value', async () => {
    const { user, input, onChange } = setup({ initial: 'Contact' });
    await user.click(input);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('Contact');
  });

  it('commits a clicked option and closes on an outside click', async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.click(input);
    await user.click(screen.getByRole('option', { name: 'Opportunity' }));
    expect(onChange).toHaveBeenCalledWith('opp');
    expect(input).toHaveValue('Opportunity');
    expect(input).toHaveFocus();
  });

  it('moves the highlight with the mouse', async () => {
    const { user, input } = setup();
    await user.click(input);
    await user.hover(screen.getByRole('option', { name: 'Contact' }));
    expect(screen.getByRole('option', { name: 'Contact' })).toHaveAttribute('data-highlighted');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Contact');
  });

  it('marks the chosen option selected and highlights it when opened', async () => {
    const { user, input } = setup({ initial: 2 });
    await user.click(input);
    const two = screen.getByRole('option', { name: 'Two (number)' });
    expect(two).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: 'Account' })).toHaveAttribute('aria-selected', 'false');
    expect(input).toHaveAttribute('aria-activedescendant', two.id);
  });

  it('renders sections as groups named by their title', async () => {
    const { user, input } = setup({ groups: sections });
    await user.click(input);
    const standard = screen.getByRole('group', { name: 'Standard' });
    expect(within(standard).getAllByRole('option').map((o) => o.textContent)).toEqual(['Lead', 'Case']);
    expect(within(screen.getByRole('group', { name: 'Custom' })).getByRole('option', { name: 'Invoice' })).toBeInTheDocument();
    await user.type(input, 'inv');
    expect(screen.queryByRole('group', { name: 'Standard' })).not.toBeInTheDocument();
  });

  it('never blanks out a saved value missing from the options', () => {
    render(<Harness initial="Custom__c" />);
    expect(screen.getByRole('combobox')).toHaveValue('Custom__c');
    render(<Harness initial="001" selectedLabel="Acme Inc." />);
    expect(screen.getAllByRole('combobox')[1]).toHaveValue('Acme Inc.');
  });

  it('matches a saved value by text when its type differs', () => {
    render(<Harness initial="2" />);
    expect(screen.getByRole('combobox')).toHaveValue('Two (number)');
  });

  it('offers the clear button only while a value is chosen', async () => {
    const { user, input, onChange } = setup({ initial: 'Contact', clearable: true, clearLabel: 'Clear Record type' });
    await user.click(screen.getByRole('button', { name: 'Clear Record type' }));
    expect(onChange).toHaveBeenCalledWith(null);
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear Record type' })).not.toBeInTheDocument();
  });

  it('puts the field wiring on the input', () => {
    render(<Harness describedBy="help" required invalid placeholder="Choose…" />);
    const input = screen.getByRole('combobox');
    expect(input).toHaveAttribute('aria-describedby', 'help');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('placeholder', 'Choose…');
  });

  it('does not open while disabled', async () => {
    const { user, input } = setup({ disabled: true });
    expect(input).toBeDisabled();
    await user.click(input);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });
});

describe('Combobox (editable)', () => {
  it('ends the list with a Use "<typed text>" option', async () => {
    const { user, input, onChange } = setup({ editable: true });
    await user.type(input, 'Acc');
    const [account, use] = screen.getAllByRole('option');
    expect(account).toHaveAccessibleName('Account');
    expect(use).toHaveAccessibleName('Use "Acc"');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith('Acc');
  });

  it('commits the typed text on Enter when nothing is highlighted', async () => {
    const { user, input, onChange } = setup({ editable: true });
    await user.type(input, 'foo{Enter}');
    expect(onChange).toHaveBeenCalledWith('foo');
    expect(input).toHaveValue('foo');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('does not offer the typed text when it is exactly a label, and commits that option', async () => {
    const { user, input, onChange } = setup({ editable: true });
    await user.type(input, 'Two (number)');
    expect(screen.queryByRole('option', { name: /^Use / })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('keeps typed text when focus leaves', async () => {
    const { user, input, onChange } = setup({ editable: true });
    await user.type(input, 'bar');
    await user.tab();
    expect(onChange).toHaveBeenCalledWith('bar');
    expect(input).toHaveValue('bar');
  });
});

describe('Combobox (loading states)', () => {
  it('shows a spinner row while loading', async () => {
    const { user, input } = setup({ groups: [], loading: true });
    await user.click(input);
    expect(within(screen.getByRole('status')).getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByText('No options')).not.toBeInTheDocument();
  });

  it('says when there are no options', async () => {
    const { user, input } = setup({ groups: [] });
    await user.click(input);
    expect(screen.getByRole('status')).toHaveTextContent('No options');
    await user.keyboard('{Escape}');
    render(<Harness groups={[]} emptyMessage="No records" />);
    await user.click(screen.getAllByRole('combobox')[1]);
    expect(screen.getByText('No records')).toBeInTheDocument();
  });

  it('shows an error with Retry', async () => {
    const onRetry = vi.fn();
    const { user, input } = setup({ groups: [], error: 'Could not load record types', onRetry });
    await user.click(input);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load record types');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(input).toHaveFocus();
  });

  it('loads more from the button, from arrowing past the end and from scrolling to the bottom', async () => {
    const onLoadMore = vi.fn();
    const { user, input } = setup({ hasMore: true, onLoadMore });
    await user.click(input);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledTimes(1);

    await user.keyboard('{End}{ArrowDown}');
    expect(onLoadMore).toHaveBeenCalledTimes(2);

    const popup = screen.getByRole('listbox');
    Object.defineProperties(popup, { scrollHeight: { value: 500 }, clientHeight: { value: 200 } });
    popup.scrollTop = 300;
    fireEvent.scroll(popup);
    fireEvent.scroll(popup);
    expect(onLoadMore).toHaveBeenCalledTimes(2); // already asked for this page
  });

  it('asks for the next page again once it arrived', async () => {
    const user = userEvent.setup();
    const onLoadMore = vi.fn();
    const { rerender } = render(<Harness hasMore onLoadMore={onLoadMore} />);
    await user.click(screen.getByRole('combobox'));
    const scrollToBottom = () => {
      const popup = screen.getByRole('listbox');
      Object.defineProperties(popup, { scrollHeight: { value: 500, configurable: true }, clientHeight: { value: 200, configurable: true } });
      popup.scrollTop = 300;
      fireEvent.scroll(popup);
    };
    scrollToBottom();
    scrollToBottom();
    expect(onLoadMore).toHaveBeenCalledTimes(1);
    rerender(<Harness hasMore onLoadMore={onLoadMore} groups={[{ options: [...groups[0].options, { value: 'x', label: 'X' }] }]} />);
    scrollToBottom();
    expect(onLoadMore).toHaveBeenCalledTimes(2);
  });

  it('shows Loading… instead of Load more while the next page loads', async () => {
    const { user, input } = setup({ hasMore: true, loadingMore: true, onLoadMore: vi.fn() });
    await user.click(input);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});

describe('Combobox (search and size)', () => {
  it('renders at most 200 options of 5,000 and asks to keep typing', async () => {
    const many: OptionGroup[] = [{ options: Array.from({ length: 5000 }, (_, i) => ({ value: i, label: `Field ${i}` })) }];
    const { user, input, onChange } = setup({ groups: many });
    await user.click(input);
    expect(screen.getAllByRole('option')).toHaveLength(200);
    expect(screen.getByText('Keep typing to narrow down (4800 more)')).toBeInTheDocument();
    await user.type(input, 'Field 4999');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Field 4999']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith(4999);
  });

  it('leaves filtering to the caller with filter="none"', async () => {
    const onSearchChange = vi.fn();
    const { user, input } = setup({ filter: 'none', onSearchChange });
    await user.type(input, 'zz');
    expect(onSearchChange).toHaveBeenLastCalledWith('zz');
    expect(screen.getAllByRole('option')).toHaveLength(4);
    await user.keyboard('{Escape}');
    expect(onSearchChange).toHaveBeenLastCalledWith('');
  });
});
