import { TriggerForm, useTrigger, type TriggerSubscription } from '../src';
import { SubscriptionList } from './SubscriptionList';
import { triggerVariables, type DemoVariable } from './triggerVariables';

/** What the trigger step shows: a trigger type, and the subscription of it being edited, if any. */
export interface TriggerSelection {
  type?: string;
  editing?: TriggerSubscription;
}

interface TriggerStepProps {
  selection: TriggerSelection;
  onSelection: (next: TriggerSelection) => void;
  onVariables: (variables: DemoVariable[]) => void;
}

/** Step 1 of the workflow: configure and subscribe to the chosen trigger, or reopen a subscription to edit or unsubscribe it. */
export function TriggerStep({ selection, onSelection, onVariables }: TriggerStepProps) {
  const { type, editing } = selection;
  const { trigger } = useTrigger(type ?? '');
  return (
    <section className="demo__step" aria-labelledby="trigger-step-title">
      <h2 id="trigger-step-title">1. When: trigger</h2>
      {type ? (
        <>
          <p className="demo__hint">
            {editing ? 'Editing a subscription.' : 'New subscription.'}{' '}
            <button type="button" className="demo__link" onClick={() => onSelection({})}>
              Choose another trigger
            </button>
          </p>
          <TriggerForm
            trigger={type}
            subscription={editing}
            onSubscribed={(subscription) => onSelection({ type, editing: subscription })}
            onUnsubscribed={() => onSelection({ type })}
            onExample={(records) => onVariables(triggerVariables(records, `Trigger: ${trigger?.title ?? type}`))}
          />
        </>
      ) : (
        <p className="demo__hint">Pick a trigger on the left, or reopen a subscription below.</p>
      )}
      <SubscriptionList editing={editing?.id} onEdit={(subscription) => onSelection({ type: subscription.type, editing: subscription })} />
    </section>
  );
}
