import type { ComponentType } from 'react';
import { INPUT_TYPES, isKnownInputType, type ControlName, type InputType, type KnownInputType } from '../schema';
import { EnumInput } from '../inputs/EnumInput';
import { NumberInput } from '../inputs/NumberInput';
import { SwitchInput } from '../inputs/SwitchInput';
import { TextareaInput } from '../inputs/TextareaInput';
import { TextInput } from '../inputs/TextInput';
import type { InputComponent, InputComponentOverrides, InputComponents, InputProps } from '../inputs/types';
import { lazyControl, type LazyControl } from './lazyControl';
import { preloadLazyParts } from './lazyParts';
import { VARIABLE_CONTROL } from './variableField';
import { VARIABLE_MODE } from './variableModeChunk';

type AnyControl = ComponentType<InputProps<never>>;

/** Heavy controls arrive in chunks of their own, loaded when a schema contains them. */
const LAZY = {
  combobox: lazyControl(() => import('../inputs/EditableEnumInput').then((m) => m.EditableEnumInput)),
  dynamic: lazyControl(() => import('../inputs/DynamicEnumInput').then((m) => m.DynamicEnumInput)),
  pairs: lazyControl(() => import('../inputs/EnumTextAreaPairInput').then((m) => m.EnumTextAreaPairInput)),
  code: lazyControl(() => import('../inputs/code/CodeInput').then((m) => m.CodeInput)),
  filter: lazyControl(() => import('../inputs/filter/FilterInput').then((m) => m.FilterInput)),
} satisfies Partial<Record<ControlName, LazyControl<never>>>;

/** Unknown input types (a schema this library does not fully know) are rare: their fallback loads with them. */
const UNSUPPORTED = lazyControl(() => import('../inputs/UnsupportedInput').then((m) => m.UnsupportedInput));

type LazyName = keyof typeof LAZY;
const isLazy = (name: ControlName): name is LazyName => Object.prototype.hasOwnProperty.call(LAZY, name);

/** The built-in component of each control; the native ones are also rendered inline by the form (register()). */
const STATIC = {
  text: TextInput,
  password: TextInput,
  textarea: TextareaInput,
  number: NumberInput,
  switch: SwitchInput,
  select: EnumInput,
} satisfies Record<Exclude<ControlName, LazyName>, AnyControl>;

/** Controls the form renders as plain elements with react-hook-form's `register()` (no controller, no wrapper). */
export const NATIVE_CONTROLS: ReadonlySet<ControlName> = new Set<ControlName>(['text', 'password', 'textarea', 'number', 'switch']);

// Always the lazy control's own component, loaded or not: a field that first rendered it while loading
// would otherwise get another component type on its next render and remount (losing focus and typing).
const componentOf = (name: ControlName): AnyControl => (isLazy(name) ? LAZY[name].Suspending : STATIC[name]) as AnyControl;

/** The built-in control of every known input type, derived from the type table (lazy ones suspend until loaded). */
export const defaultInputComponents = Object.fromEntries(
  Object.entries(INPUT_TYPES).map(([type, d]) => [type, componentOf(d.control)]),
) as unknown as InputComponents;

/** The control for a type: the host's override, else the built-in one, else the unsupported-type fallback. */
export function componentFor(type: InputType, overrides?: InputComponentOverrides): InputComponent<unknown> {
  const override = overrides?.[type];
  if (override) return override as InputComponent<unknown>;
  return (isKnownInputType(type) ? componentOf(INPUT_TYPES[type].control) : UNSUPPORTED.Suspending) as InputComponent<unknown>;
}

/**
 * The built-in control the form renders for this type, or `undefined` when the host replaced it or the
 * type is unknown: a name in `NATIVE_CONTROLS` is rendered with `register()`, `select` by `SelectField`.
 */
export const builtInControl = (type: InputType, overrides?: InputComponentOverrides): ControlName | undefined =>
  isKnownInputType(type) && !overrides?.[type] ? INPUT_TYPES[type].control : undefined;

/** Starts loading the chunks of the lazy controls these types use (and of what their controls open later, like the ENUM list). */
export function preloadControls(types: Iterable<InputType>): Promise<unknown> {
  const names = new Set<ControlName>();
  let unknown = false;
  for (const type of types) {
    if (isKnownInputType(type)) names.add(INPUT_TYPES[type].control);
    else unknown = true;
  }
  const loads = [...names].map((name) => (isLazy(name) ? LAZY[name].preload() : name === 'select' ? EnumInput.preload() : undefined));
  return Promise.all(unknown ? [...loads, UNSUPPORTED.preload()] : loads);
}

/**
 * Loads every lazy control (tests, hosts that want no placeholder ever), the variable list's and variable mode's
 * too, and what only a Run, a failure or a malformed schema shows (the result, the alert, the problems notice).
 */
export const preloadAllControls = (): Promise<unknown> =>
  Promise.all([preloadControls(Object.keys(INPUT_TYPES) as KnownInputType[]), UNSUPPORTED.preload(), VARIABLE_CONTROL.preload(), VARIABLE_MODE.preload(), preloadLazyParts()]);
