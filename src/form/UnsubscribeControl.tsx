import { useEffect, useId, useRef, useState } from 'react';
import { BusyButton } from './BusyButton';
import { useAreaMessages } from '../hooks';
import { triggerMessages } from '../schema';

interface UnsubscribeControlProps {
  busy: boolean;
  disabled: boolean;
  /** Deletes the subscription; on success this control unmounts with it. */
  onConfirm: () => Promise<void>;
}

/**
 * "Unsubscribe" with an inline confirmation ("Unsubscribe?" with "Unsubscribe" / "Cancel"): focus
 * moves to Cancel (the safe choice, so a double click cannot confirm) and back when it closes.
 */
export function UnsubscribeControl({ busy, disabled, onConfirm }: UnsubscribeControlProps) {
  const M = useAreaMessages(triggerMessages);
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const questionId = useId();
  const hintId = useId();

  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (wasOpen.current) opener.current?.focus(); // closed by Cancel, Escape or a failure
    wasOpen.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <BusyButton ref={opener} variant="danger" className="akf-unsubscribe" disabled={disabled || busy} onClick={() => setConfirming(true)}>
        {M.unsubscribe}
      </BusyButton>
    );
  }
  const confirm = async () => {
    await onConfirm();
    setConfirming(false); // only reached while still mounted, i.e. the delete failed
  };
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      aria-describedby={hintId}
      className="akf-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          setConfirming(false);
        }
      }}
    >
      <p id={questionId} className="akf-confirm__question">{M.unsubscribeQuestion}</p>
      <p id={hintId} className="akf-confirm__hint">{M.unsubscribeHint}</p>
      <BusyButton ref={cancel} disabled={busy} onClick={() => setConfirming(false)}>
        {M.cancel}
      </BusyButton>
      <BusyButton variant="danger" busy={busy} disabled={disabled} onClick={() => void confirm()}>
        {M.unsubscribe}
      </BusyButton>
    </div>
  );
}
