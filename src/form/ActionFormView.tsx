import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useRunAction } from '../hooks';
import { compileAction, parametersOf, type ParagonAction } from '../schema';
import { ErrorAlert } from './ErrorAlert';
import { FormContext, type FormContextValue } from './FormContext';
import { InputList } from './InputList';
import { createParameterEmitter } from './parameterEmitter';
import { ProblemsNotice } from './ProblemsNotice';
import { RunResult } from './RunResult';
import type { ActionFormHandle, ActionFormProps } from './types';
import { useParagonForm } from './useParagonForm';
import { useShallowStable } from './useShallowStable';

export interface ActionFormViewProps extends Omit<ActionFormProps, 'action' | 'schema'> {
  schema: ParagonAction;
  handleRef?: Ref<ActionFormHandle>;
}

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; error: Error };

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** The form for one loaded Action schema. */
export function ActionFormView(props: ActionFormViewProps) {
  const { schema, handleRef, hideSubmit, className } = props;
  const compiled = useMemo(() => compileAction(schema), [schema]);
  const { form, initial, checkAll } = useParagonForm(compiled, props.defaultValues);
  const latest = useRef(props);
  latest.current = props;
  const onChangeRef = useRef(props.onChange);
  onChangeRef.current = props.onChange;
  const emitter = useMemo(() => createParameterEmitter(compiled, () => form.getValues(), onChangeRef), [compiled, form]);
  useEffect(() => emitter.recompute(), [emitter]);

  const run = useRunAction();
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const busy = run.isPending || save.status === 'saving';
  const busyRef = useRef(false);
  const disabled = !!props.disabled;

  const focusFirstInvalid = useCallback(
    (errors: FieldErrors) => {
      // errors are keyed in display order (the resolver walks the active path top-down)
      const first = Object.keys(errors).find((key) => !compiled.byKey.get(key)?.input.hidden);
      if (first) form.setFocus(first);
    },
    [compiled, form],
  );

  const submit = useCallback(async () => {
    if (busyRef.current || latest.current.disabled) return; // one click, one Run
    busyRef.current = true;
    checkAll.current = true;
    try {
      await form.handleSubmit(async (values) => {
        const parameters = parametersOf(compiled, (node) => values[node.key]);
        const { onSubmit, onSuccess, onError } = latest.current;
        if (onSubmit) {
          setSave({ status: 'saving' });
          try {
            await onSubmit(parameters);
            setSave({ status: 'saved' });
          } catch (e) {
            setSave({ status: 'error', error: toError(e) });
            onError?.(toError(e));
          }
          return;
        }
        try {
          const result = await run.mutateAsync({ action: compiled.action.name, parameters });
          onSuccess?.(result, parameters);
        } catch (e) {
          onError?.(toError(e)); // shown by the alert below; every typed value stays
        }
      }, focusFirstInvalid)();
    } finally {
      busyRef.current = false;
    }
  }, [compiled, form, run, checkAll, focusFirstInvalid]);

  const validate = useCallback(async () => {
    checkAll.current = true;
    const valid = await form.trigger();
    if (!valid) focusFirstInvalid(form.formState.errors);
    return valid;
  }, [form, checkAll, focusFirstInvalid]);

  const reset = useCallback(() => {
    form.reset(initial);
    run.reset();
    setSave({ status: 'idle' });
    emitter.recompute();
  }, [form, initial, run, emitter]);

  useImperativeHandle(handleRef, () => ({ submit, validate, reset }), [submit, validate, reset]);

  const components = useShallowStable(props.components);
  const context = useMemo<FormContextValue>(
    () => ({ control: form.control, components, inputContext: { actionName: schema.name, integration: props.integration }, disabled, emitter }),
    [form.control, components, schema.name, props.integration, disabled, emitter],
  );
  const label = props.submitLabel ?? (props.onSubmit ? 'Save' : 'Run action');

  return (
    <FormContext.Provider value={context}>
      <form
        className={['akf-form', className].filter(Boolean).join(' ')}
        noValidate
        aria-label={schema.title || schema.name}
        aria-busy={busy || undefined}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ProblemsNotice problems={compiled.problems} />
        {compiled.nodes.length === 0 ? (
          <p className="akf-empty">No inputs needed.</p>
        ) : (
          <div className="akf-fields">
            <InputList nodes={compiled.nodes} />
          </div>
        )}
        <div role="status" className="akf-status">
          {run.isSuccess && <RunResult result={run.data} />}
          {save.status === 'saved' && <p className="akf-result__title">Saved.</p>}
        </div>
        {run.isError && <ErrorAlert title="The action could not be run." error={run.error} />}
        {save.status === 'error' && <ErrorAlert title="The configuration could not be saved." error={save.error} />}
        {!hideSubmit && (
          <div className="akf-actions">
            <button type="submit" className="akf-button akf-button--primary" disabled={busy || disabled}>
              {busy && <span className="akf-spinner" aria-hidden="true" />}
              {label}
            </button>
          </div>
        )}
      </form>
    </FormContext.Provider>
  );
}
