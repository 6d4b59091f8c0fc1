import * as Select from '@radix-ui/react-select';
import { useState, type Ref } from 'react';
import type { OptionGroup } from '../../schema';
import { themeOf } from '../popup/layerTheme';

export interface RadixSelectProps {
  groups: OptionGroup[];
  /** Position of the chosen option among all options ('' when none): Radix item values must be non-empty strings. */
  selectedKey: string;
  onValueChange(key: string): void;
  /** Radix asked to close (a choice, Escape, outside press). */
  onClose(): void;
  /** The list has gone: focus goes back to the form's trigger (Radix would focus its own). */
  onClosed(): void;
  /** The listbox element, for the trigger's `aria-controls`. */
  contentRef: Ref<HTMLDivElement>;
  required: boolean;
}

/**
 * The open ENUM list: a Radix Select mounted only while open, in its own chunk. Its trigger is an
 * invisible anchor over the form's own trigger button, which stays the same element throughout.
 */
export default function RadixSelect({ groups, selectedKey, onValueChange, onClose, onClosed, contentRef, required }: RadixSelectProps) {
  let index = 0;
  // the list is portalled to <body>: it takes the form's direction and theme from the anchor's ancestors
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  const layer = themeOf(anchor?.parentElement ?? null); // not the anchor: Radix gives it a `dir` of its own
  return (
    <Select.Root value={selectedKey} onValueChange={onValueChange} required={required} dir={layer.dir} open onOpenChange={(open) => !open && onClose()}>
      <Select.Trigger ref={setAnchor} className="akf-select__anchor" tabIndex={-1} aria-hidden="true" />
      <Select.Portal>
        <Select.Content
          ref={contentRef}
          className={layer.dark ? 'akf-select__content akf-theme-dark' : 'akf-select__content'}
          data-akf-theme={layer.theme}
          position="popper"
          sideOffset={4}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            onClosed();
          }}
        >
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
