import { Suspense, useCallback, useMemo } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { InputFieldContext } from '../inputs/field/InputFieldContext';
import type { InputDependency, InputIds, InputProps } from '../inputs/types';
import { choiceWithoutVariable, describeType, isVariableModeValue, toParameterValue, type InputNode } from '../schema';
import { FieldBoundary } from './FieldBoundary';
import { useFormContext } from './FormContext';
import { componentFor } from './registry';
import { useShallowStable } from './useShallowStable';
import { VARIABLE_MODE } from './variableModeChunk';

export interface ControlledFieldProps {
  node: InputNode;
  ids: InputIds;
  describedBy?: string;
  invalid: boolean;
  disabled: boolean;
  /** Offer "Use a variable" (the form has variables and the input can take one). */
  variableMode?: boolean;
}

/** The control of a non-native input (or a host's override) through `useController`, isolated by its own boundary. */
export function ControlledField({ node, ids, describedBy, invalid, disabled, variableMode }: ControlledFieldProps) {
  const { control, components, inputContext, changed } = useFormContext();
  const { field } = useController({ name: node.key, control });
  const fieldOnChange = field.onChange;
  const onChange = useCallback(
    (value: unknown) => {
      fieldOnChange(value);
      changed(node);
    },
    [fieldOnChange, changed, node],
  );
  const dependencyValues = useDependencyValues(node);
  const dependencies = useMemo<InputDependency[]>(
    () => node.dependencies.flatMap((d) => (d.node ? [{ id: d.id, title: d.node.input.title, required: !!d.node.input.required }] : [])),
    [node],
  );
  const Control = componentFor(node.type, components); // one type per control for its life: see registry's componentOf
  const props = useMemo<InputProps<unknown>>(
    () => ({
      input: node.input,
      type: node.type,
      value: field.value,
      onChange,
      onBlur: field.onBlur,
      inputRef: field.ref,
      name: node.key,
      ids,
      describedBy,
      invalid,
      required: !!node.input.required,
      disabled,
      groups: node.groups,
      context: inputContext,
      dependencies,
      dependencyValues,
    }),
    [node, field.value, onChange, field.onBlur, field.ref, ids, describedBy, invalid, disabled, inputContext, dependencies, dependencyValues],
  );
  const element = (
    <FieldBoundary title={node.input.title} resetKeys={[node.input, field.value]}>
      <Suspense fallback={<span className="akf-placeholder" data-control={describeType(node.type).control} aria-hidden="true" />}>
        {/* useInputField() reads the same props, so a host control need not take them */}
        <InputFieldContext.Provider value={props}>
          <Control {...props} />
        </InputFieldContext.Provider>
      </Suspense>
    </FieldBoundary>
  );
  if (!variableMode) return element;
  const Mode = VARIABLE_MODE.Suspending;
  const isVariable = isVariableModeValue(node, field.value);
  return (
    // until its chunk is in, the control alone; never with a token it might clear (a dynamic list without it)
    <Suspense fallback={isVariable ? <span className="akf-placeholder" aria-hidden="true" /> : element}>
      <Mode node={node} value={field.value} isVariable={isVariable} initialChoice={() => choiceWithoutVariable(node)} onChange={onChange} onBlur={field.onBlur} inputRef={field.ref} ids={ids} describedBy={describedBy} invalid={invalid} disabled={disabled}>
        {element}
      </Mode>
    </Suspense>
  );
}

const NO_KEYS: string[] = [];

/** Current parameter values of the inputs this one's options depend on (empty ones left out); watches only those. */
function useDependencyValues(node: InputNode): Record<string, unknown> {
  const { control } = useFormContext();
  const found = useMemo(() => node.dependencies.filter((d) => d.key && d.node), [node]);
  const keys = useMemo(() => (found.length ? found.map((d) => d.key as string) : NO_KEYS), [found]);
  const values = useWatch({ control, name: keys, disabled: keys.length === 0 }) as unknown[];
  const record: Record<string, unknown> = {};
  found.forEach((d, i) => {
    const param = d.node && toParameterValue(d.node.input, d.node.type, values?.[i]);
    if (param !== undefined) record[d.id] = param;
  });
  return useShallowStable(record);
}
