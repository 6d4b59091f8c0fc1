import * as Select from '@radix-ui/react-select';
import { useMemo, useState } from 'react';
import { findOption, flattenOptions, type EnumValue } from '../schema';
import type { InputProps } from './types';

/**
 * ENUM: a Radix Select over static options. Radix item values must be non-empty strings,
 * so options are addressed by position and the chosen option's own value (type kept) is stored.
 */
export function EnumInput(props: InputProps<EnumValue | null>) {
  const { input, groups, value, onChange, ids } = props;
  const options = useMemo(() => flattenOptions(groups), [groups]);
  const selected = findOption(options, value);
  const selectedKey = selected ? String(options.indexOf(selected)) : '';
  // closed, Radix would still mount every item (to mirror them into a hidden native select);
  // the list is mounted only while open, so a form with many dropdowns mounts fast
  const [open, setOpen] = useState(false);
  let index = 0;
  return (
    <div className="akf-select">
      <Select.Root
        value={selectedKey}
        onValueChange={(key) => onChange(options[Number(key)]?.value ?? null)}
        disabled={props.disabled}
        required={props.required}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) props.onBlur();
        }}
      >
        <Select.Trigger
          id={ids.control}
          ref={props.inputRef}
          className="akf-select__trigger"
          aria-labelledby={ids.label}
          aria-describedby={props.describedBy}
          aria-invalid={props.invalid || undefined}
          aria-required={props.required || undefined}
        >
          <Select.Value placeholder={input.placeholder || 'Select…'}>
            {selected ? selected.label : value != null && value !== '' ? String(value) : undefined}
          </Select.Value>
          <Select.Icon className="akf-select__icon" aria-hidden="true">▾</Select.Icon>
        </Select.Trigger>
        {open && (
        <Select.Portal>
          <Select.Content className="akf-select__content" position="popper" sideOffset={4}>
            <Select.Viewport className="akf-select__viewport">
              {groups.map((group, g) => {
                const items = group.options.map((option) => {
                  const key = String(index++);
                  return (
                    <Select.Item key={key} value={key} className="akf-select__item">
                      <Select.ItemText>{option.label}</Select.ItemText>
                      {option.subtitle && <span className="akf-select__subtitle">{option.subtitle}</span>}
                    </Select.Item>
                  );
                });
                return group.title ? (
                  <Select.Group key={g} className="akf-select__group">
                    <Select.Label className="akf-select__group-label">{group.title}</Select.Label>
                    {items}
                  </Select.Group>
                ) : (
                  items
                );
              })}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
        )}
      </Select.Root>
      {!props.required && !props.disabled && value != null && value !== '' && (
        <button type="button" className="akf-select__clear" aria-label={`Clear ${input.title}`} onClick={() => onChange(null)}>
          ×
        </button>
      )}
    </div>
  );
}
