import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCoreMessages } from '../hooks';
import type { DependencyCheck, InputComponentOverrides } from '../inputs/types';
import { activeNodes, compileAction, errorsOf, hasOwn, initialFormValues, mergeValues, toParameterValue, validateValue, type InputNode, type ParagonAction, type Parameters } from '../schema';
import { createFieldErrorStore } from './fieldErrors';
import type { FormContextValue } from './FormContext';
import { reportHostError } from './reportHostError';
import { createParameterEmitter } from './parameterEmitter';
import { preloadControls } from './registry';
import { useShallowStable } from './useShallowStable';
import { useStableSchema } from './useStableSchema';

export interface FormCoreOptions {
  schema: ParagonAction;
  defaultValues?: Parameters;
  onChange?: (parameters: Parameters) => void;
  components?: InputComponentOverrides;
  integration?: string;
  disabled: boolean;
  /** The form offers variables (vartext): text-like fields get the variable list. */
  variables?: boolean;
}

/**
 * The part `ActionForm` and `TriggerForm` share: react-hook-form over a compiled schema (one field per
 * input position), explicit validation, the parameters, and in-place updates when a new version of
 * the same schema arrives. What submit does is the caller's.
 */
export function useFormCore(o: FormCoreOptions) {
  const schema = useStableSchema(o.schema);
  const compiled = useMemo(() => compileAction(schema), [schema]);
  // saved values are read once, like react-hook-form's own defaultValues
  const [initial] = useState(() => initialFormValues(compiled, o.defaultValues));
  const form = useForm<Record<string, unknown>>({ defaultValues: initial, mode: 'onSubmit', shouldFocusError: false });
  const [errors] = useState(createFieldErrorStore);
  // outlives hidden fields, so a dynamic field shown again is checked against changed dependencies
  const [dependencyChecks] = useState(() => new Map<string, DependencyCheck>());
  const onChange = useRef(o.onChange);
  onChange.current = o.onChange;
  const [listener] = useState(() => ({
    get current() {
      const host = onChange.current;
      return host && ((p: Parameters) => reportHostError('onChange', () => host(p)));
    },
  }));
  const emitter = useMemo(() => createParameterEmitter(compiled, (key) => form.getValues(key), listener), [compiled, form, listener]);
  const validated = useRef(false);
  const read = useCallback((node: InputNode) => form.getValues(node.key), [form]);
  // read at validation time, so new messages never re-create the callbacks every field holds
  const currentMessages = useCoreMessages();
  const messages = useRef(currentMessages);
  messages.current = currentMessages;

  const validateAll = useCallback((): boolean => {
    validated.current = true;
    const found = errorsOf(compiled, read, (node) => node.key, undefined, messages.current);
    errors.replace(found);
    const first = Object.keys(found)[0]; // keyed in display order
    if (first) form.setFocus(first);
    return first === undefined;
  }, [compiled, read, errors, form]);

  const changed = useCallback(
    (node: InputNode) => {
      emitter.fieldChanged(node);
      if (!validated.current) return;
      // a choice that opens or closes branches changes which inputs count: check the whole path again
      if (node.branches.size || node.dependents.length) errors.replace(errorsOf(compiled, read, (n) => n.key, undefined, messages.current));
      else {
        const value = read(node);
        errors.set(node.key, validateValue(node.input, node.type, toParameterValue(node.input, node.type, value), value, messages.current));
      }
    },
    [emitter, errors, compiled, read],
  );

  // a new version of the same schema: update in place, keeping what the user typed
  const shown = useRef(compiled);
  useLayoutEffect(() => {
    if (shown.current === compiled) return;
    const previous = shown.current;
    shown.current = compiled;
    // keepFieldsRef: the memoized native fields do not register again, so their refs must survive
    form.reset(mergeValues(previous, compiled, form.getValues()), { keepFieldsRef: true });
    if (validated.current) errors.replace(errorsOf(compiled, read, (n) => n.key, undefined, messages.current));
    emitter.recompute();
  }, [compiled, form, errors, read, emitter]);

  // once on mount with the whole parameters, and again when a listener is given after mount
  const hasOnChange = !!o.onChange;
  useEffect(() => emitter.recompute(), [emitter, hasOnChange]);
  useEffect(() => void preloadControls([...compiled.byKey.values()].map((n) => n.type)).catch(() => {}), [compiled]);

  const reset = useCallback(() => {
    form.reset(initialFormValues(compiled, o.defaultValues), { keepFieldsRef: true });
    dependencyChecks.clear();
    validated.current = false;
    errors.replace({});
    emitter.recompute();
  }, [form, compiled, o.defaultValues, errors, emitter, dependencyChecks]);

  /** Server-side messages for named inputs (a 422 naming fields): shown on those fields, focus on the first. */
  const showFieldErrors = useCallback(
    (byId: Readonly<Record<string, string>> | undefined) => {
      if (!byId) return;
      const named = activeNodes(compiled, read).filter((n) => hasOwn(byId, n.input.id));
      for (const node of named) errors.set(node.key, byId[node.input.id]);
      const first = named.find((n) => !n.input.hidden);
      if (first) form.setFocus(first.key);
    },
    [compiled, read, errors, form],
  );

  const components = useShallowStable(o.components);
  const context = useMemo<FormContextValue>(
    () => ({ control: form.control, register: form.register, components, inputContext: { actionName: schema.name, integration: o.integration, dependencyChecks }, disabled: o.disabled, errors, changed, variables: !!o.variables }),
    [form, components, schema.name, o.integration, o.disabled, errors, changed, dependencyChecks, o.variables],
  );
  return { compiled, context, validateAll, getParameters: emitter.current, reset, showFieldErrors };
}
