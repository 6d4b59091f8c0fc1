import { useCoreMessages } from '../hooks';
import { LazySchemaLoadError } from './lazyParts';

/** What a loading form says while its schema is not there, per thing loaded (Action, trigger). */
export interface SchemaLoadMessages {
  loading: string;
  notFound: string;
  failed: string;
}

interface SchemaLoadStateProps {
  error: Error | null | undefined;
  isOffline: boolean;
  refetch: () => Promise<unknown>;
  messages: SchemaLoadMessages;
}

/** The loading, offline, session-expired (401/403), not-found and failed states of a form whose schema is loading. */
export function SchemaLoadState({ error, isOffline, refetch, messages }: SchemaLoadStateProps) {
  const m = useCoreMessages();
  if (isOffline) {
    return (
      <div role="status" className="akf-state akf-state--offline">
        {m.offline}
      </div>
    );
  }
  // the failure states load with the first failure
  if (error) return <LazySchemaLoadError error={error} refetch={refetch} messages={messages} />;
  return (
    <div role="status" className="akf-state akf-state--loading" aria-busy="true">
      <span className="akf-spinner" aria-hidden="true" /> {messages.loading}
    </div>
  );
}
