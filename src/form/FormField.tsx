import { memo, useCallback, useId } from 'react';
import { useController } from 'react-hook-form';
import { InputField, type InputIds } from '../inputs';
import type { InputNode } from '../schema';
import { useFormContext } from './FormContext';
import { componentFor } from './registry';

/** One input: its own subscription to its value and error, so a keystroke re-renders this field only. */
export const FormField = memo(function FormField({ node }: { node: InputNode }) {
  const { control, components, inputContext, disabled, emitter } = useFormContext();
  const { field, fieldState } = useController({ name: node.key, control });
  const fieldOnChange = field.onChange;
  const onChange = useCallback(
    (value: unknown) => {
      fieldOnChange(value);
      emitter.fieldChanged(node);
    },
    [fieldOnChange, emitter, node],
  );
  const base = useId();
  const { input, type } = node;
  const error = fieldState.error?.message;
  const ids: InputIds = {
    control: `${base}control`,
    label: `${base}label`,
    description: input.subtitle ? `${base}description` : undefined,
    error: error ? `${base}error` : undefined,
  };
  const describedBy = [ids.description, ids.error].filter(Boolean).join(' ') || undefined;
  const Control = componentFor(type, components);
  return (
    <InputField title={input.title} subtitle={input.subtitle} type={String(type)} inputId={input.id} ids={ids} required={!!input.required} error={error}>
      <Control
        input={input}
        type={type}
        value={field.value}
        onChange={onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        name={node.key}
        ids={ids}
        describedBy={describedBy}
        invalid={!!error}
        required={!!input.required}
        disabled={disabled || !!input.readOnly}
        groups={node.groups}
        context={inputContext}
      />
    </InputField>
  );
});
