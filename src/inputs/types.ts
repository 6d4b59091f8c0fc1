import type { ComponentType } from 'react';
import type { InputType, InputValues, KnownInputType, OptionGroup, ParagonInput } from '../schema';

/** Element ids that tie a control to its label, helper text and error message. */
export interface InputIds {
  /** Id of the focusable control (the label's `htmlFor`). */
  control: string;
  /** Id of the label element (for `aria-labelledby` on groups and custom controls). */
  label: string;
  /** Id of the helper text, when the input has a subtitle. */
  description?: string;
  /** Id of the error message, while the field is invalid. */
  error?: string;
}

/** What the form knows about where an input is rendered. */
export interface InputContext {
  /** Name of the Action being configured. */
  actionName: string;
  /** Integration the Action belongs to (e.g. `salesforce`), when known. */
  integration?: string;
  /**
   * What each dynamic field (by `name`) last checked its value against, kept by the form so a
   * field hidden while its dependencies changed is checked again when it shows.
   */
  dependencyChecks?: Map<string, DependencyCheck>;
}

/** What a dynamic field's value was chosen under or last checked against. */
export interface DependencyCheck {
  /** Identity of the dependency values (a stable serialization). */
  dependencyKey: string;
  /** DYNAMIC_CONDITIONAL: row fields missing from the complete key list loaded for those values. */
  unavailable?: string[];
}

/** An input that another input's options depend on (from `valuesSource.dependencies`). */
export interface InputDependency {
  /** The dependency's input id (the key in `dependencyValues` and in the options request). */
  id: string;
  /** Its title, for "Select <title> first". */
  title: string;
  /** Whether it is required: options wait until every required dependency has a value. */
  required: boolean;
}

/**
 * Props every input control receives, built-in or supplied by a host through `components`.
 * The form renders the label, helper text and error around the control; the control renders
 * only itself and wires `ids`, `describedBy`, `invalid` and `required` onto its focusable element.
 */
export interface InputProps<TValue = unknown> {
  /** The schema input (title, placeholder, options, …). */
  input: ParagonInput;
  /** The type whose control is rendered (an `ENUM` with a `valuesSource` is `DYNAMIC_ENUM`). */
  type: InputType;
  value: TValue;
  /** Declared as a method so a control for one value type fits the registry (bivariant). */
  onChange(value: TValue): void;
  onBlur: () => void;
  /** Attach to the focusable element so the form can focus the first invalid field. */
  inputRef: (element: HTMLElement | null) => void;
  /** Internal field name, unique in the form and safe as an HTML name. */
  name: string;
  ids: InputIds;
  /** Value for `aria-describedby` (helper text and error), if any. */
  describedBy?: string;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
  /** Static options of enum-like inputs, normalized and grouped. */
  groups: OptionGroup[];
  context: InputContext;
  /** Inputs the options depend on, found in the form (empty or absent for most inputs). */
  dependencies?: InputDependency[];
  /** Current parameter values of those inputs by id; empty ones are absent. */
  dependencyValues?: Record<string, unknown>;
}

/** The value each input type's control edits (before conversion to a parameter); derived from the type table. */
export type { InputValues };

/** A control for one input type. */
export type InputComponent<TValue = unknown> = ComponentType<InputProps<TValue>>;

/** The type → control registry: one component per known type, checked by the compiler. */
export type InputComponents = { [K in KnownInputType]: InputComponent<InputValues[K]> };

/**
 * Controls a host overrides: any known type, or an unknown type string (e.g. `FILE`)
 * that should render something better than the fallback.
 */
export type InputComponentOverrides = Partial<InputComponents> & { [type: string]: InputComponent<never> | undefined };
