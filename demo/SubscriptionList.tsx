import { useMemo } from 'react';
import { useTriggers, useTriggerSubscriptions, type TriggerSubscription } from '../src';

const STATUS_TEXT: Record<string, string> = { ACTIVE: 'Active', ERRORED: 'Errored' };
const summary = (parameters: TriggerSubscription['parameters']) =>
  Object.entries(parameters)
    .map(([key, value]) => `${key}: ${typeof value === 'object' && value !== null ? '(conditions)' : String(value)}`)
    .join(', ') || 'no parameters';

/** The user's trigger subscriptions with their status; "Edit" reopens one in the trigger step. */
export function SubscriptionList({ editing, onEdit }: { editing: string | undefined; onEdit: (subscription: TriggerSubscription) => void }) {
  const { subscriptions, isPending, error, refetch } = useTriggerSubscriptions();
  const { triggers } = useTriggers();
  const titles = useMemo(() => new Map(Object.values(triggers).flat().map((t) => [t.type, t.title])), [triggers]);
  const rows = Object.entries(subscriptions).flatMap(([integration, list]) => list.map((s) => ({ integration, subscription: s })));
  return (
    <section className="demo__subscriptions" aria-labelledby="subscriptions-title">
      <h3 id="subscriptions-title">Subscriptions</h3>
      {isPending && <p role="status">Loading subscriptions…</p>}
      {error && (
        <p role="alert">
          {error.message} <button type="button" onClick={() => void refetch()}>Retry</button>
        </p>
      )}
      {!isPending && !error && rows.length === 0 && <p className="demo__hint">No subscriptions yet.</p>}
      <ul aria-labelledby="subscriptions-title">
        {rows.map(({ integration, subscription: s }) => (
          <li key={s.id} aria-current={s.id === editing || undefined}>
            <div>
              <strong>{integration} · {titles.get(s.type) ?? s.type}</strong>{' '}
              <span className={`demo__status demo__status--${s.status.toLowerCase()}`}>{STATUS_TEXT[s.status] ?? s.status}</span>
            </div>
            <div className="demo__hint">{summary(s.parameters)}</div>
            {s.error && <div className="demo__error">{s.error}</div>}
            <button type="button" onClick={() => onEdit(s)}>Edit</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
