import type { ActionKitError } from '../api';
import type { InputComponentOverrides } from '../inputs';
import type { ActionFormMessageOverrides, ParagonAction, Parameters, VariableSource } from '../schema';

/** Props of `ActionForm`. */
export interface ActionFormProps {
  /** Name of the Action to load, e.g. `SALESFORCE_CREATE_RECORD`. Ignored when `schema` is given. */
  action?: string;
  /** An Action definition to render without loading it. */
  schema?: ParagonAction;
  /** Integration of the Action (e.g. `googlesheets`); needed for dynamic inputs when `schema` is given. */
  integration?: string;
  /** Flat parameters saved earlier: branch choices and nested values are restored from them. */
  defaultValues?: Parameters;
  /** Current flat parameters: once on mount, then after each edit. */
  onChange?: (parameters: Parameters) => void;
  /** "Save" mode: submit hands the parameters to the host instead of running the Action. */
  onSubmit?: (parameters: Parameters) => void | Promise<unknown>;
  /** After a successful Run, with the integration's result. */
  onSuccess?: (result: unknown, parameters: Parameters) => void;
  /** After a failed Run (or a rejected `onSubmit`). */
  onError?: (error: ActionKitError | Error) => void;
  /** Controls to use instead of the built-in ones, by input type (`{ ENUM: MySelect, FILE: MyUpload }`). */
  components?: InputComponentOverrides;
  /**
   * Variables of earlier steps the fields offer as `{{…}}` tokens: a list, or a function asked with the
   * typed search (debounced; the latest answer wins). Without it no variable UI shows.
   */
  variables?: VariableSource;
  /** Overrides of the provider's (or the English) strings for this form. */
  messages?: ActionFormMessageOverrides;
  /** Label of the submit button (default "Run action", or "Save" with `onSubmit`). */
  submitLabel?: string;
  /** Disables every control and the submit button. */
  disabled?: boolean;
  /** Hides the submit button (use the ref handle's `submit()` from your own button). */
  hideSubmit?: boolean;
  /** Hides the "Reload fields" button that reloads user-specific custom fields (`reload_fields=true`). */
  hideReload?: boolean;
  /** Class name added to the form's root element. */
  className?: string;
}

/** Imperative handle of `ActionForm` for hosts with their own buttons. */
export interface ActionFormHandle {
  /** Validates, then runs or saves as the submit button would. */
  submit(): Promise<void>;
  /** Validates the active inputs and shows errors; resolves to whether the form is valid. */
  validate(): Promise<boolean>;
  /** Restores the initial values (the `defaultValues`, or schema defaults) and clears results. */
  reset(): void;
  /** The current flat parameters (what Run would send now, before validation). */
  getParameters(): Parameters;
  /** Reloads the schema with `reload_fields=true`, keeping what was typed (no-op for a `schema` given inline). */
  reload(): Promise<void>;
}
