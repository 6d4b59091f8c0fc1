import { ActionKitError } from '../api';
import { useActionKit, useCoreMessages } from '../hooks';
import { ErrorAlert } from './ErrorAlert';
import type { SchemaLoadMessages } from './SchemaLoadState';

interface SchemaLoadErrorProps {
  error: Error;
  refetch: () => Promise<unknown>;
  messages: SchemaLoadMessages;
}

/** Why a form's schema did not load, with a retry: a 401/403 asks for a fresh token first. */
export function SchemaLoadError({ error, refetch, messages }: SchemaLoadErrorProps) {
  const { refreshSession } = useActionKit('ActionForm');
  const m = useCoreMessages();
  const kind = error instanceof ActionKitError ? error.kind : undefined;
  if (kind === 'unauthorized' || kind === 'forbidden') {
    const retry = async () => {
      await refreshSession();
      await refetch();
    };
    return <ErrorAlert title={m.sessionExpired} error={error} onRetry={() => void retry()} />;
  }
  return <ErrorAlert title={kind === 'notFound' ? messages.notFound : messages.failed} error={error} onRetry={() => void refetch()} />;
}
