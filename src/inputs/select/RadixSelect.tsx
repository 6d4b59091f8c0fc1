import * as Select from '@radix-ui/react-select';
import { useState, type Ref, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { OptionGroup } from '../../schema';
import { layerThemeOf } from '../popup/layerTheme';
import './select.css';

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
  /** The form's trigger: the list's layer takes the theme, direction and custom properties found there. */
  anchor: RefObject<HTMLElement | null>;
}

/**
 * The open ENUM list: a Radix Select mounted only while open, in its own chunk. Its trigger is an
 * invisible anchor over the form's own trigger button, which stays the same element throughout.
 */
export default function RadixSelect({ groups, selectedKey, onValueChange, onClose, onClosed, contentRef, required, anchor }: RadixSelectProps) {
  const [theme] = useState(() => layerThemeOf(anchor.current));
  // set during the commit, so the list mounts in its layer before the first paint
  const [layer, setLayer] = useState<HTMLDivElement | null>(null);
  let index = 0;
  return (
    <Select.Root value={selectedKey} onValueChange={onValueChange} required={required} dir={theme.dir} open onOpenChange={(open) => !open && onClose()}>
      <Select.Trigger className="akf-select__anchor" tabIndex={-1} aria-hidden="true" />
      {createPortal(<div ref={setLayer} {...theme} />, document.body)}
      {layer && (
        <Select.Portal container={layer}>
          <Select.Content
            ref={contentRef}
            className="akf-select__content"
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
      )}
    </Select.Root>
  );
}
