import { useContext } from 'react';
import { ActionKitContext } from '../hooks/ActionKitContext';
import { resolveSourceType } from '../hooks/useFieldOptions';
import type { EnumValue } from '../schema';
import { Combobox } from './combobox/Combobox';
import { RemoteDynamicEnum } from './dynamic/RemoteDynamicEnum';
import type { InputProps } from './types';

const NOTE = 'Type a value; options for this field load once a connection is configured.';

/**
 * DYNAMIC_ENUM and EDITABLE_DYNAMIC_ENUM: options load through the provider's `loadOptions` when
 * the input has a source and the form knows its integration; otherwise a combobox over the inline
 * `values`, if any, that accepts typed text so the field can always be filled.
 */
export function DynamicEnumInput(props: InputProps<EnumValue | null>) {
  const kit = useContext(ActionKitContext);
  const { integration } = props.context;
  const source = kit && integration ? resolveSourceType(props.input, integration, kit.sourceTypes) : undefined;
  return source ? <RemoteDynamicEnum {...props} /> : <StaticDynamicEnum {...props} />;
}

function StaticDynamicEnum({ input, value, onChange, onBlur, inputRef, ids, describedBy, invalid, required, disabled, groups }: InputProps<EnumValue | null>) {
  const empty = groups.every((group) => group.options.length === 0);
  const noteId = `${ids.control}-note`;
  return (
    <>
      <Combobox
        id={ids.control}
        labelledBy={ids.label}
        describedBy={empty ? [describedBy, noteId].filter(Boolean).join(' ') : describedBy}
        invalid={invalid}
        required={required}
        disabled={disabled}
        placeholder={input.placeholder || 'Type a value…'}
        groups={groups}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        inputRef={inputRef}
        editable
        clearable={!required}
        clearLabel={`Clear ${input.title}`}
        emptyMessage={empty ? 'Type a value' : undefined}
      />
      {empty && <p id={noteId} className="akf-field__note">{NOTE}</p>}
    </>
  );
}
