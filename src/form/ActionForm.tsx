'use client';
import { forwardRef, useEffect, useId, useState, type Ref } from 'react';
import { MessagesContext, VariablesContext, useAction, useCoreMessages, useStableVariables } from '../hooks';
import { useMergedMessages } from './useMergedMessages';
import { VARIABLE_CONTROL } from './variableField';
import { ActionFormView } from './ActionFormView';
import { LazyErrorAlert } from './lazyParts';
import { FieldBoundary } from './FieldBoundary';
import { SchemaLoadState } from './SchemaLoadState';
import type { ActionFormHandle, ActionFormProps } from './types';

/**
 * The configuration form of one ActionKit Action: loads its schema (or renders `schema`),
 * reveals polymorphic dependents, validates, and runs the Action or hands the parameters over.
 * The form keeps its state while the Action's name stays the same; a new schema object with that
 * name updates the fields in place.
 * @example <ActionForm action="SALESFORCE_CREATE_RECORD" onSuccess={(result) => console.log(result)} />
 */
export const ActionForm = forwardRef<ActionFormHandle, ActionFormProps>(function ActionForm(props, ref) {
  const { action, schema, ...rest } = props;
  const name = schema?.name ?? action;
  const messages = useMergedMessages(useCoreMessages(), props.messages);
  let content;
  // keyed by name, not object: an inline or refetched schema must not remount the form
  if (schema) content = <ActionFormView key={`s:${schema.name}`} {...rest} schema={schema} handleRef={ref} />;
  else if (action) content = <LoadedActionForm key={`a:${action}`} name={action} {...rest} handleRef={ref} />;
  else content = <LazyErrorAlert title={messages.nothingToShow} error={new Error('Pass `action` (an Action name) or `schema` (an Action object) to ActionForm.')} />;
  // inline lists and functions re-created per render must not re-render the fields
  const variables = useStableVariables(props.variables, useId());
  // while the schema loads, so the fields do not wait for the variable list's chunk
  useEffect(() => void (variables && VARIABLE_CONTROL.preload().catch(() => {})), [variables]);
  return (
    <div className={['akf-root', props.className].filter(Boolean).join(' ')} data-akf-action={name}>
      <MessagesContext.Provider value={messages}>
        <VariablesContext.Provider value={variables}>
          <FieldBoundary title={messages.thisForm} resetKeys={[action, schema]}>
            {content}
          </FieldBoundary>
        </VariablesContext.Provider>
      </MessagesContext.Provider>
    </div>
  );
});

type LoadedActionFormProps = Omit<ActionFormProps, 'action' | 'schema'> & { name: string; handleRef: Ref<ActionFormHandle> };

function LoadedActionForm({ name, handleRef, ...rest }: LoadedActionFormProps) {
  const { action, integration, error, isOffline, refetch, reload } = useAction(name, { integration: rest.integration });
  const [reloading, setReloading] = useState(false);
  const m = useCoreMessages();
  const reloadFields = async () => {
    setReloading(true);
    try {
      await reload();
    } finally {
      setReloading(false);
    }
  };
  if (action) {
    return (
      <ActionFormView {...rest} integration={rest.integration ?? integration} schema={action} handleRef={handleRef} reload={reloadFields} reloading={reloading} />
    );
  }
  return <SchemaLoadState error={error} isOffline={isOffline} refetch={refetch} messages={{ loading: m.loadingAction, notFound: m.actionNotFound, failed: m.actionLoadFailed }} />;
}
