import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EnumTextAreaPairInput } from '../../src/inputs/EnumTextAreaPairInput';
import { normalizeOptions, type PairRow, type ParagonInput } from '../../src/schema';

const headers: ParagonInput = {
  id: 'headers',
  type: 'EnumTextAreaPairInput',
  title: 'Headers',
  subtitle: 'Sent with the request',
  values: ['Accept', 'Authorization', { value: 3, label: 'Priority' }],
};

interface FieldProps {
  input?: ParagonInput;
  initial?: PairRow[];
  onChange?: (rows: PairRow[]) => void;
  inputRef?: (element: HTMLElement | null) => void;
  disabled?: boolean;
}

function Field({ input = headers, initial = [], onChange, inputRef = () => {}, disabled = false }: FieldProps) {
  const [rows, setRows] = useState<PairRow[]>(initial);
  return (
    <>
      <label id="h-label" htmlFor="h-control">{input.title}</label>
      <p id="h-help">{input.subtitle}</p>
      <EnumTextAreaPairInput
        input={input}
        type={input.type}
        value={rows}
        onChange={(next) => {
          setRows(next);
          onChange?.(next);
        }}
        onBlur={() => {}}
        inputRef={inputRef}
        name="h"
        ids={{ control: 'h-control', label: 'h-label', description: 'h-help' }}
        describedBy="h-help"
        invalid={false}
        required={false}
        disabled={disabled}
        groups={normalizeOptions(input.values)}
        context={{ actionName: 'TEST' }}
      />
    </>
  );
}

const setup = (props: FieldProps = {}) => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<Field onChange={onChange} {...props} />);
  return { user, onChange, group: screen.getByRole('group', { name: 'Headers' }) };
};

describe('EnumTextAreaPairInput', () => {
  it('is a group named by the title that starts with one empty row', () => {
    const inputRef = vi.fn();
    const { group } = setup({ inputRef });
    expect(group).toHaveAccessibleDescription('Sent with the request');
    expect(within(group).getAllByRole('combobox', { name: 'Key' })).toHaveLength(1);
    expect(within(group).getByRole('textbox', { name: 'Value' })).toHaveValue('');
    expect(within(group).getByRole('button', { name: 'Remove pair' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Add pair' })).toBeInTheDocument();
    expect(inputRef).toHaveBeenLastCalledWith(within(group).getByRole('combobox', { name: 'Key' }));
  });

  it('reports the full rows on every edit, with the key type kept', async () => {
    const { user, onChange } = setup();
    await user.click(screen.getByRole('combobox', { name: 'Key' }));
    await user.click(screen.getByRole('option', { name: 'Priority' }));
    expect(onChange).toHaveBeenLastCalledWith([{ key: 3, text: '' }]);
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'hi');
    expect(onChange).toHaveBeenLastCalledWith([{ key: 3, text: 'hi' }]);
  });

  it('adds and removes rows', async () => {
    const { user, onChange } = setup({ initial: [{ key: 'Accept', text: 'json' }] });
    await user.click(screen.getByRole('button', { name: 'Add pair' }));
    expect(onChange).toHaveBeenLastCalledWith([{ key: 'Accept', text: 'json' }, { key: '', text: '' }]);
    const keys = screen.getAllByRole('combobox', { name: 'Key' });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toHaveFocus();

    await user.click(screen.getAllByRole('button', { name: 'Remove pair' })[0]);
    expect(onChange).toHaveBeenLastCalledWith([{ key: '', text: '' }]);
    expect(screen.getAllByRole('combobox', { name: 'Key' })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Remove pair' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getAllByRole('combobox', { name: 'Key' })).toHaveLength(1); // an empty row stays visible
  });

  it('offers each key at most once', async () => {
    const { user } = setup({ initial: [{ key: 'Accept', text: 'json' }, { key: '', text: '' }] });
    await user.click(screen.getAllByRole('combobox', { name: 'Key' })[1]);
    const offered = screen.getAllByRole('option').map((o) => o.textContent);
    expect(offered).toEqual(['Authorization', 'Priority']);
  });

  it('cannot add more rows than there are keys', async () => {
    setup({ initial: [{ key: 'Accept', text: '' }, { key: 'Authorization', text: '' }, { key: 3, text: '' }] });
    expect(screen.getByRole('button', { name: 'Add pair' })).toBeDisabled();
  });

  it('uses a multi-line textbox when the input has lines', () => {
    setup({ input: { ...headers, lines: 4 } });
    const value = screen.getByRole('textbox', { name: 'Value' });
    expect(value.tagName).toBe('TEXTAREA');
    expect(value).toHaveAttribute('rows', '4');
  });

  it('disables every control when disabled', () => {
    setup({ disabled: true });
    expect(screen.getByRole('combobox', { name: 'Key' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Value' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add pair' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove pair' })).toBeDisabled();
  });
});
