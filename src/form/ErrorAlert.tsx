import type { ActionKitError } from '../api';
import { errorMessageIn } from '../api/errorMessages';
import { useCoreMessages } from '../hooks';
import './errorAlert.css';

interface ErrorAlertProps {
  title: string;
  error: Error | ActionKitError;
  onRetry?: () => void;
  retryLabel?: string;
}

const statusOf = (e: Error): number | undefined => ('status' in e && typeof e.status === 'number' ? e.status : undefined);
const requestIdOf = (e: Error): string | undefined => ('requestId' in e && typeof e.requestId === 'string' ? e.requestId : undefined);

/** A failure the user should notice at once: human message, then HTTP status and request id as separate text (for support). */
export function ErrorAlert({ title, error, onRetry, retryLabel }: ErrorAlertProps) {
  const m = useCoreMessages();
  const status = statusOf(error);
  const requestId = requestIdOf(error);
  return (
    <div role="alert" className="akf-alert akf-alert--error">
      <p className="akf-alert__title">{title}</p>
      <p className="akf-alert__message">{errorMessageIn(error, m)}</p>
      {(status !== undefined || requestId) && (
        <p className="akf-alert__meta">
          {status !== undefined && <span>{m.httpStatus(status)}</span>}
          {/* a real separator, so the text reads "HTTP 500 · Request ID: …" even without the stylesheet */}
          {status !== undefined && requestId && ' · '}
          {requestId && (
            <span>
              {m.requestId} <code>{requestId}</code>
            </span>
          )}
        </p>
      )}
      {onRetry && (
        <button type="button" className="akf-button akf-button--secondary" onClick={onRetry}>
          {retryLabel ?? m.retry}
        </button>
      )}
    </div>
  );
}
