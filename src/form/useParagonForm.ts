import { useMemo, useRef } from 'react';
import { useForm, type FieldErrors, type Resolver, type ResolverResult } from 'react-hook-form';
import { errorsOf, initialFormValues, toParameterValue, validateValue, type CompiledAction, type Parameters } from '../schema';

type FormValues = Record<string, unknown>;

/** The resolver's answer: the values when valid, else one error per invalid field. */
function result(values: FormValues, messages: Record<string, string>): ResolverResult<FormValues> {
  const keys = Object.keys(messages);
  if (!keys.length) return { values, errors: {} };
  const errors: FieldErrors<FormValues> = Object.fromEntries(keys.map((key) => [key, { type: 'validate', message: messages[key] }]));
  return { values: {}, errors };
}

/**
 * react-hook-form set up for a compiled Action: one field per input position (internal keys,
 * never raw ids), every branch's values kept while hidden, and a resolver that checks the whole
 * active path on submit but only the edited field on change.
 */
export function useParagonForm(compiled: CompiledAction, saved: Parameters | undefined) {
  // saved values are read once, like react-hook-form's own defaultValues
  const initial = useMemo(() => initialFormValues(compiled, saved), [compiled]); // eslint-disable-line react-hooks/exhaustive-deps
  const checkAll = useRef(false);
  const resolver = useMemo<Resolver<FormValues>>(
    () => async (values, _context, options) => {
      const names = options.names ?? [];
      const all = checkAll.current || names.length !== 1;
      checkAll.current = false;
      if (all) return result(values, errorsOf(compiled, (n) => values[n.key], (n) => n.key));
      const node = compiled.byKey.get(names[0]);
      const message = node && validateValue(node.input, node.type, toParameterValue(node.input, node.type, values[node.key]));
      return result(values, message && node ? { [node.key]: message } : {});
    },
    [compiled],
  );
  const form = useForm<FormValues>({
    defaultValues: initial,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false, // focus follows display order, handled by the form
  });
  return { form, initial, checkAll };
}
