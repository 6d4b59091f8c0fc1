import { forwardRef, type ButtonHTMLAttributes } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Shows a spinner and disables the button while its work runs. */
  busy?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** A form button with the library's look that shows a spinner (hidden from assistive tech) while busy. */
export const BusyButton = forwardRef<HTMLButtonElement, BusyButtonProps>(function BusyButton({ busy, variant = 'secondary', className, disabled, children, type = 'button', ...rest }, ref) {
  return (
    <button {...rest} ref={ref} type={type} className={['akf-button', `akf-button--${variant}`, className].filter(Boolean).join(' ')} disabled={busy || disabled}>
      {busy && <span className="akf-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
});
