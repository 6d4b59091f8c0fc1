import { useAreaMessages } from '../hooks/FormSettingsContext';
import { comboboxMessages, type EnumValue } from '../schema';
import { Combobox } from './combobox/Combobox';
import { fieldComboboxProps } from './combobox/fieldComboboxProps';
import type { InputProps } from './types';

/** EDITABLE_ENUM: a searchable combobox over the schema's options that also accepts typed text. */
export function EditableEnumInput(props: InputProps<EnumValue | null>) {
  const m = useAreaMessages(comboboxMessages);
  return <Combobox {...fieldComboboxProps(props, m)} editable placeholder={props.input.placeholder || m.selectOrTypePlaceholder} />;
}
