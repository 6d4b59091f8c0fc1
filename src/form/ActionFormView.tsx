import { useIsMutating } from '@tanstack/react-query';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { ActionKitError } from '../api';
import { useActionKit, useCoreMessages, useRunAction, actionKitKeys } from '../hooks';
import type { ParagonAction } from '../schema';
import { BusyButton } from './BusyButton';
import { FormFields } from './FormFields';
import { LazyErrorAlert, LazyRunResult } from './lazyParts';
import { reportHostError } from './reportHostError';
import type { ActionFormHandle, ActionFormProps } from './types';
import { useFormCore } from './useFormCore';

export interface ActionFormViewProps extends Omit<ActionFormProps, 'action' | 'schema'> {
  schema: ParagonAction;
  handleRef?: Ref<ActionFormHandle>;
  /** Reloads the schema with `reload_fields=true` (loaded forms only). */
  reload?: () => Promise<unknown>;
  reloading?: boolean;
}

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; error: Error };

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** The form for one Action schema: the shared form core, plus Run (or save) on submit. */
export function ActionFormView(props: ActionFormViewProps) {
  const { schema, handleRef, hideSubmit, className, reload } = props;
  const disabled = !!props.disabled;
  const core = useFormCore({ schema, defaultValues: props.defaultValues, onChange: props.onChange, components: props.components, integration: props.integration, disabled, variables: props.variables !== undefined });
  const latest = useRef(props);
  latest.current = props;

  const { queryClient, scope } = useActionKit('ActionForm');
  const name = core.compiled.action.name;
  const run = useRunAction(name);
  // a Run started by an earlier mount of this form (the host remounted it) still counts
  const inFlight = useIsMutating({ mutationKey: actionKitKeys.run(scope ?? [], name) }, queryClient) > 0;
  const inFlightRef = useRef(inFlight);
  inFlightRef.current = inFlight;
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const busy = run.isPending || inFlight || save.status === 'saving';
  const busyRef = useRef(false);

  const submit = useCallback(async () => {
    if (busyRef.current || inFlightRef.current || latest.current.disabled) return; // one click, one Run
    busyRef.current = true;
    try {
      if (!core.validateAll()) return;
      void LazyRunResult.preload(); // arrives while the Run's round trip runs
      const parameters = core.getParameters();
      const { onSubmit, onSuccess, onError } = latest.current;
      if (onSubmit) {
        setSave({ status: 'saving' });
        try {
          await onSubmit(parameters);
          setSave({ status: 'saved' });
        } catch (e) {
          setSave({ status: 'error', error: toError(e) });
          reportHostError('onError', () => onError?.(toError(e)));
        }
        return;
      }
      let result: unknown;
      try {
        result = await run.mutateAsync({ action: name, parameters });
      } catch (e) {
        if (e instanceof ActionKitError) core.showFieldErrors(e.fieldErrors); // a 422 naming fields: on those fields
        reportHostError('onError', () => onError?.(toError(e))); // shown by the alert below; every typed value stays
        return;
      }
      reportHostError('onSuccess', () => onSuccess?.(result, parameters));
    } finally {
      busyRef.current = false;
    }
  }, [core, run, name]);

  // after mount, not up front: a Run that fails once the user is offline can still show its alert
  useEffect(() => void LazyErrorAlert.preload(), []);

  const validate = useCallback(async () => core.validateAll(), [core]);
  const reset = useCallback(() => {
    core.reset();
    run.reset();
    setSave({ status: 'idle' });
  }, [core, run]);
  const reloadFields = useCallback(async () => void (await reload?.()), [reload]);
  useImperativeHandle(handleRef, () => ({ submit, validate, reset, getParameters: core.getParameters, reload: reloadFields }), [submit, validate, reset, core.getParameters, reloadFields]);

  const m = useCoreMessages();
  const label = props.submitLabel ?? (props.onSubmit ? m.save : m.runAction);
  return (
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
      <FormFields compiled={core.compiled} context={core.context} />
      <div role="status" className="akf-status">
        {run.isSuccess && <p className="akf-status__message">{m.ranSuccessfully}</p>}
        {save.status === 'saved' && <p className="akf-status__message">{m.saved}</p>}
      </div>
      {run.isSuccess && <LazyRunResult result={run.data} />}
      {run.isError && <LazyErrorAlert title={m.runFailed} error={run.error} />}
      {save.status === 'error' && <LazyErrorAlert title={m.saveFailed} error={save.error} />}
      {(!hideSubmit || (reload && !props.hideReload)) && (
        <div className="akf-actions">
          {!hideSubmit && (
            <BusyButton type="submit" variant="primary" busy={busy} disabled={disabled}>
              {label}
            </BusyButton>
          )}
          {reload && !props.hideReload && (
            <BusyButton className="akf-reload" busy={props.reloading} onClick={() => void reloadFields()}>
              {m.reloadFields}
            </BusyButton>
          )}
        </div>
      )}
    </form>
  );
}
