import { ActionKitError } from '../api';
import { useActionKit, useMessages } from '../hooks';
import { LazyErrorAlert } from './lazyParts';

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
  const { refreshSession } = useActionKit('ActionForm');
  const m = useMessages();
  if (isOffline) {
    return (
      <div role="status" className="akf-state akf-state--offline">
        {m.offline}
      </div>
    );
  }
  if (error) {
    const kind = error instanceof ActionKitError ? error.kind : undefined;
    if (kind === 'unauthorized' || kind === 'forbidden') {
      const retry = async () => {
        await refreshSession();
        await refetch();
      };
      return <LazyErrorAlert title={m.sessionExpired} error={error} onRetry={() => void retry()} />;
    }
    return <LazyErrorAlert title={kind === 'notFound' ? messages.notFound : messages.failed} error={error} onRetry={() => void refetch()} />;
  }
  return (
    <div role="status" className="akf-state akf-state--loading" aria-busy="true">
      <span className="akf-spinner" aria-hidden="true" /> {messages.loading}
    </div>
  );
}
