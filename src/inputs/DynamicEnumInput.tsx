import { useContext } from 'react';
import { ActionKitContext } from '../hooks/ActionKitContext';
import { useAreaMessages } from '../hooks/FormSettingsContext';
import { resolveSourceType } from '../hooks/useFieldOptions';
import { dynamicMessages, type EnumValue } from '../schema';
import { Combobox } from './combobox/Combobox';
import { fieldComboboxProps } from './combobox/fieldComboboxProps';
import { RemoteDynamicEnum } from './dynamic/RemoteDynamicEnum';
import type { InputProps } from './types';

/**
 * DYNAMIC_ENUM and EDITABLE_DYNAMIC_ENUM: options load through the provider's `loadOptions` when
 * the input has a source and the form knows its integration; otherwise a combobox over the inline
 * `values`, if any, that accepts typed text so the field can always be filled.
 */
export function DynamicEnumInput(props: InputProps<EnumValue | null>) {
  const kit = useContext(ActionKitContext);
  const { integration } = props.context;
  const source = kit?.loadOptions && integration ? resolveSourceType(props.input, integration, kit.sourceTypes) : undefined;
  return source ? <RemoteDynamicEnum {...props} /> : <StaticDynamicEnum {...props} />;
}

function StaticDynamicEnum(props: InputProps<EnumValue | null>) {
  const empty = props.groups.every((group) => group.options.length === 0);
  const noteId = `${props.ids.control}-note`;
  const m = useAreaMessages(dynamicMessages);
  return (
    <>
      <Combobox
        {...fieldComboboxProps(props, m)}
        describedBy={empty ? [props.describedBy, noteId].filter(Boolean).join(' ') : props.describedBy}
        placeholder={props.input.placeholder || m.typeValuePlaceholder}
        editable
        emptyMessage={empty ? m.typeValue : undefined}
      />
      {empty && <p id={noteId} className="akf-field__note">{m.optionsNeedConnection}</p>}
    </>
  );
}
