import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DynamicEnumInput } from '../../src/inputs/DynamicEnumInput';
import { EditableEnumInput } from '../../src/inputs/EditableEnumInput';
import type { InputProps } from '../../src/inputs/types';
import { normalizeOptions, type EnumValue, type ParagonInput } from '../../src/schema';

interface FieldProps {
  Control: ComponentType<InputProps<EnumValue | null>>;
  input: ParagonInput;
  initial?: EnumValue | null;
  onChange?: (value: EnumValue | null) => void;
  inputRef?: (element: HTMLElement | null) => void;
}

/** What the form renders around a control: the label, helper text and the control. */
function Field({ Control, input, initial = null, onChange, inputRef = () => {} }: FieldProps) {
  const [value, setValue] = useState<EnumValue | null>(initial);
  const ids = { control: `${input.id}-control`, label: `${input.id}-label`, description: input.subtitle ? `${input.id}-help` : undefined };
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label id={ids.label} htmlFor={ids.control}>{input.title}</label>
      {input.subtitle && <p id={ids.description}>{input.subtitle}</p>}
      <Control
        input={input}
        type={input.type}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
        onBlur={() => {}}
        inputRef={inputRef}
        name="f"
        ids={ids}
        describedBy={ids.description}
        invalid={false}
        required={!!input.required}
        disabled={false}
        groups={normalizeOptions(input.values)}
        context={{ actionName: 'TEST' }}
      />
    </form>
  );
}

const stage: ParagonInput = {
  id: 'stage',
  type: 'EDITABLE_ENUM',
  title: 'Stage',
  subtitle: 'Pick or type a stage',
  values: ['Prospecting', { value: 3, label: 'Closed Won' }],
};

describe('EditableEnumInput', () => {
  it('is a combobox named by the title and described by the subtitle', () => {
    const inputRef = vi.fn();
    render(<Field Control={EditableEnumInput} input={stage} inputRef={inputRef} />);
    const box = screen.getByRole('combobox', { name: 'Stage' });
    expect(box).toHaveAccessibleDescription('Pick or type a stage');
    expect(inputRef).toHaveBeenCalledWith(box);
  });

  it('commits a chosen option with its type kept', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Field Control={EditableEnumInput} input={stage} onChange={onChange} />);
    await user.type(screen.getByRole('combobox', { name: 'Stage' }), 'won');
    await user.click(screen.getByRole('option', { name: 'Closed Won' }));
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it('accepts a typed value through Use "<text>" or Enter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Field Control={EditableEnumInput} input={stage} onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Stage' });
    await user.type(box, 'Negotiation');
    await user.click(screen.getByRole('option', { name: 'Use "Negotiation"' }));
    expect(onChange).toHaveBeenLastCalledWith('Negotiation');
    await user.clear(box);
    await user.type(box, 'Review{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('Review');
    expect(box).toHaveValue('Review');
  });

  it('can be cleared when optional, and not when required', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Field Control={EditableEnumInput} input={stage} initial="Prospecting" onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Clear Stage' }));
    expect(onChange).toHaveBeenCalledWith(null);

    render(<Field Control={EditableEnumInput} input={{ ...stage, id: 'r', title: 'Owner', required: true }} initial="Prospecting" />);
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveAttribute('aria-required', 'true');
    expect(screen.queryByRole('button', { name: 'Clear Owner' })).not.toBeInTheDocument();
  });

  it('shows a saved custom value', () => {
    render(<Field Control={EditableEnumInput} input={stage} initial="Custom stage" />);
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue('Custom stage');
  });
});

describe('DynamicEnumInput (until options load)', () => {
  const owner: ParagonInput = { id: 'owner', type: 'DYNAMIC_ENUM', title: 'Owner', valuesSource: { sourceType: 'owners' } };

  it('accepts typed text and explains why there are no options', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Field Control={DynamicEnumInput} input={owner} onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Owner' });
    expect(box).toHaveAccessibleDescription('Type a value; options for this field load once a connection is configured.');
    await user.type(box, 'u-42{Enter}');
    expect(onChange).toHaveBeenCalledWith('u-42');
  });

  it('uses inline values without the note', async () => {
    const user = userEvent.setup();
    render(<Field Control={DynamicEnumInput} input={{ ...owner, values: [{ value: 7, label: 'Ada' }] }} />);
    expect(screen.queryByText(/options for this field load/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Owner' }));
    expect(screen.getByRole('option', { name: 'Ada' })).toBeInTheDocument();
  });
});
