import { useCallback, useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../inputs/EnumInput';
import type { EnumValue } from '../schema';
import type { ControlledFieldProps } from './ControlledField';
import { FieldBoundary } from './FieldBoundary';
import { useFormContext } from './FormContext';

/**
 * The built-in ENUM control without `useController`: one value subscription and a `register()` made
 * once, as a native field has (a branch switch mounts dozens of these at once). The form focuses it
 * through a small stand-in that `register()` keeps as the field's element.
 */
export function SelectField({ node, ids, describedBy, invalid, disabled }: Omit<ControlledFieldProps, 'variableMode'>) {
  const { control, register, inputContext, changed } = useFormContext();
  const { key } = node;
  const value = useWatch({ control, name: key }) as EnumValue | null;
  // what a blur reports: a choice and the close's blur arrive in one event, before the re-render
  const latest = useRef(value);
  latest.current = value;
  const registered = useMemo(() => register(key), [register, key]);
  const onChange = useCallback(
    (next: EnumValue | null) => {
      latest.current = next;
      void registered.onChange({ target: { name: key, value: next }, type: 'change' });
      changed(node);
    },
    [registered, key, changed, node],
  );
  const onBlur = useCallback(() => void registered.onBlur({ target: { name: key, value: latest.current }, type: 'blur' }), [registered, key]);
  // type "button": react-hook-form then treats it as a plain element (no value reads, no extra broadcast)
  const inputRef = useCallback((el: HTMLElement | null) => registered.ref(el && { type: 'button', focus: () => el.focus() }), [registered]);
  return (
    <FieldBoundary title={node.input.title} resetKeys={[node.input, value]}>
      <EnumInput
        input={node.input}
        type={node.type}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        inputRef={inputRef}
        name={key}
        ids={ids}
        describedBy={describedBy}
        invalid={invalid}
        required={!!node.input.required}
        disabled={disabled}
        groups={node.groups}
        context={inputContext}
      />
    </FieldBoundary>
  );
}
