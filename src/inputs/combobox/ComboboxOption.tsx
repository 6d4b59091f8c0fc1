import { memo } from 'react';
import './listbox.css';

export interface ComboboxOptionProps {
  id: string;
  index: number;
  label: string;
  subtitle?: string;
  highlighted: boolean;
  selected: boolean;
  /** Shown but not pickable (a list being replaced). */
  disabled?: boolean;
}

/**
 * One `role="option"` row, named by its label only: the subtitle is hidden from the name
 * (aria-hidden) and read as the description, which still resolves hidden referenced text.
 * Clicks and hover are handled by the listbox (event delegation through `data-index`), so rows
 * take no callbacks and skip re-rendering when only another row's highlight changes.
 */
export const ComboboxOption = memo(function ComboboxOption({ id, index, label, subtitle, highlighted, selected, disabled }: ComboboxOptionProps) {
  const descriptionId = `${id}-description`;
  return (
    <div
      role="option"
      id={id}
      className="akf-combobox__option"
      data-index={index}
      data-highlighted={highlighted || undefined}
      data-selected={selected || undefined}
      aria-selected={selected}
      aria-disabled={disabled || undefined}
      aria-describedby={subtitle ? descriptionId : undefined}
    >
      <span className="akf-combobox__option-label">{label}</span>
      {subtitle && <span id={descriptionId} className="akf-combobox__option-subtitle" aria-hidden="true">{subtitle}</span>}
    </div>
  );
});
