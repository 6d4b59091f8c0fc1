import type { Ref } from 'react';
import { useAreaMessages, useTrigger } from '../hooks';
import { SchemaLoadState } from './SchemaLoadState';
import type { TriggerFormHandle } from './triggerFormTypes';
import { TriggerFormView, type TriggerFormViewProps } from './TriggerFormView';
import { triggerMessages } from '../schema';

export type LoadedTriggerFormProps = Omit<TriggerFormViewProps, 'schema' | 'integration' | 'reload'> & {
  type: string;
  integration?: string;
  handleRef: Ref<TriggerFormHandle>;
};

/** A trigger form whose definition is found by type in the user's trigger list, with the same load states as `ActionForm`. */
export function LoadedTriggerForm({ type, ...rest }: LoadedTriggerFormProps) {
  const { trigger, integration, error, isOffline, refetch } = useTrigger(type, { integration: rest.integration });
  const m = useAreaMessages(triggerMessages);
  if (trigger && integration) return <TriggerFormView {...rest} integration={rest.integration ?? integration} schema={trigger} reload={refetch} />;
  return <SchemaLoadState error={error} isOffline={isOffline} refetch={refetch} messages={{ loading: m.loadingTrigger, notFound: m.triggerNotFound, failed: m.triggerLoadFailed }} />;
}
