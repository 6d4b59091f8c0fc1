import { memo, useCallback, useId, useMemo } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { InputField, type InputDependency, type InputIds } from '../inputs';
import { toParameterValue, type InputNode } from '../schema';
import { useFormContext } from './FormContext';
import { componentFor } from './registry';
import { useShallowStable } from './useShallowStable';

const NO_VALUES: Record<string, unknown> = {};

/** One input: its own subscription to its value and error, so a keystroke re-renders this field only. */
export const FormField = memo(function FormField({ node }: { node: InputNode }) {
  return node.dependencies.some((d) => d.key) ? <WatchingField node={node} /> : <FieldControl node={node} dependencyValues={NO_VALUES} />;
});

/** A field whose options depend on other inputs: it alone subscribes to their values. */
function WatchingField({ node }: { node: InputNode }) {
  const { control } = useFormContext();
  const found = useMemo(() => node.dependencies.filter((d) => d.key && d.node), [node]);
  const values: unknown[] = useWatch({ control, name: found.map((d) => d.key as string) });
  const record: Record<string, unknown> = {};
  found.forEach((d, i) => {
    const param = d.node && toParameterValue(d.node.input, d.node.type, values[i]);
    if (param !== undefined) record[d.id] = param;
  });
  return <FieldControl node={node} dependencyValues={useShallowStable(record)} />;
}

function FieldControl({ node, dependencyValues }: { node: InputNode; dependencyValues: Record<string, unknown> }) {
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
  const dependencies = useMemo<InputDependency[]>(
    () => node.dependencies.flatMap((d) => (d.node ? [{ id: d.id, title: d.node.input.title, required: !!d.node.input.required }] : [])),
    [node],
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
        dependencies={dependencies}
        dependencyValues={dependencyValues}
      />
    </InputField>
  );
}
