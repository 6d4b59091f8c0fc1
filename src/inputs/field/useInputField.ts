import { useContext, useMemo, type ChangeEvent } from 'react';
import { controlProps as nativeControlProps } from '../controlProps';
import type { InputProps } from '../types';
import { InputFieldContext } from './InputFieldContext';

/** ARIA wiring and state for the control's focusable element (any element: input, button, div…). */
export interface InputFieldControlProps {
  id: string;
  name: string;
  /** The element the form focuses when the field is invalid (fits any element's `ref`). */
  ref: (element: HTMLElement | null) => void;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
  disabled: boolean;
  onBlur: () => void;
}

/** Everything a text `<input>`, `<textarea>` or `<select>` spreads to be named, described, wired and controlled. */
export interface InputFieldInputProps extends InputFieldControlProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
}

/** Wiring for a composite control (several elements): a `group` named by the field's label. */
export interface InputFieldGroupProps {
  role: 'group';
  id: string;
  'aria-labelledby': string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** What `useInputField()` gives a control: spreadable props, the value and its setter, and the rest of its props. */
export interface InputField<TValue> extends Omit<InputProps<TValue>, 'onChange'> {
  /** For a native text control: `<input {...field.inputProps} />` (the value as text). */
  inputProps: InputFieldInputProps;
  /** For any other focusable element: ids, ARIA state, `disabled`, blur and the focus ref; no value. */
  controlProps: InputFieldControlProps;
  /** For a control made of several elements (put `controlProps.ref` on its first focusable one). */
  groupProps: InputFieldGroupProps;
  /** Sets the field's value (what the type's codec turns into the parameter). */
  setValue(value: TValue): void;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/**
 * The wiring of the field a custom control renders (inside the form, through `components`): ids,
 * `aria-describedby`/`-invalid`/`-required`, `disabled`, name, value, change/blur and the focus ref.
 */
export function useInputField<TValue = string>(): InputField<TValue> {
  const props = useContext(InputFieldContext) as InputProps<TValue> | null;
  if (!props) throw new Error('useInputField() must be called by a control the form renders (ActionForm `components`).');
  return useMemo(() => {
    const { onChange, ...rest } = props;
    const controlProps: InputFieldControlProps = nativeControlProps(props);
    const inputProps: InputFieldInputProps = {
      ...controlProps,
      value: asText(props.value),
      // a text control's value is its text; non-text controls use setValue
      onChange: (event) => onChange(event.target.value as TValue),
    };
    const groupProps: InputFieldGroupProps = {
      role: 'group',
      id: props.ids.control,
      'aria-labelledby': props.ids.label,
      'aria-describedby': props.describedBy,
      'aria-invalid': props.invalid || undefined,
    };
    return { ...rest, inputProps, controlProps, groupProps, setValue: (value: TValue) => onChange(value) };
  }, [props]);
}
