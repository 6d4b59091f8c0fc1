import * as Select from '@radix-ui/react-select';
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import type { OptionGroup } from '../../schema';

export interface RadixSelectProps {
  groups: OptionGroup[];
  /** Position of the chosen option among all options ('' when none): Radix item values must be non-empty strings. */
  selectedKey: string;
  onValueChange(key: string): void;
  /** Radix asked to close (a choice, Escape, outside press). */
  onClose(): void;
  disabled: boolean;
  required: boolean;
  triggerRef: Ref<HTMLButtonElement>;
  triggerProps: ButtonHTMLAttributes<HTMLButtonElement>;
  /** What the trigger shows (the chosen label or the placeholder) and its chevron. */
  children: ReactNode;
}

/** The open ENUM list: a Radix Select mounted only while open, in its own chunk. */
export default function RadixSelect({ groups, selectedKey, onValueChange, onClose, disabled, required, triggerRef, triggerProps, children }: RadixSelectProps) {
  let index = 0;
  return (
    <Select.Root value={selectedKey} onValueChange={onValueChange} disabled={disabled} required={required} open onOpenChange={(open) => !open && onClose()}>
      <Select.Trigger {...triggerProps} ref={triggerRef}>
        {children}
      </Select.Trigger>
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
    </Select.Root>
  );
}
