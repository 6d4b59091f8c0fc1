import { toFormValue, toParameterValue } from './codecs';
import { valueKindOf } from './inputTypes';
import { compileAction, type CompiledAction, type InputNode } from './compileAction';
import { validationMessages, type ValidationMessages } from './messages/validation';
import { hasOwn, setOwn } from './options';
import { validateValue } from './validateValue';
import { walkActive, type NodeValueReader } from './walkActive';
import type { ParagonAction, ParagonInput, Parameters, ValidationErrors } from './types';

const byId = (values: Record<string, unknown>): NodeValueReader => (node) =>
  values != null && hasOwn(values, node.input.id) ? values[node.input.id] : undefined;

/** The active inputs of a compiled tree, read through any value reader. */
export function activeNodes(compiled: CompiledAction, read: NodeValueReader): InputNode[] {
  const out: InputNode[] = [];
  walkActive(compiled.nodes, read, (node) => out.push(node));
  return out;
}

/** Flat parameters of the active path: dependents as siblings, empty optional values omitted, types kept. */
export function parametersOf(compiled: CompiledAction, read: NodeValueReader): Parameters {
  const out: Parameters = {};
  walkActive(compiled.nodes, read, (node, value) => {
    const param = toParameterValue(node.input, node.type, value);
    if (param !== undefined) setOwn(out, node.input.id, param);
  });
  return out;
}

/**
 * One message per failing active input, keyed by what `keyOf` returns for the node. `textOf` gives
 * what the control would hold for a value (JSON CODE is checked as typed); by default the value itself.
 * Messages come from `messages`.
 */
export function errorsOf(
  compiled: CompiledAction,
  read: NodeValueReader,
  keyOf: (node: InputNode) => string,
  textOf: (node: InputNode, value: unknown) => unknown = (_node, value) => value,
  messages: ValidationMessages = validationMessages,
): ValidationErrors {
  const errors: ValidationErrors = {};
  walkActive(compiled.nodes, read, (node, value) => {
    const message = validateValue(node.input, node.type, toParameterValue(node.input, node.type, value), textOf(node, value), messages);
    if (message && !hasOwn(errors, keyOf(node))) setOwn(errors, keyOf(node), message);
  });
  return errors;
}

/**
 * The inputs on the active polymorphic path for values keyed by input id, in display order.
 * @example activeInputs(action, { recordType: 'Task' }).map((i) => i.id) // ['recordType', 'field-Subject', …]
 */
export const activeInputs = (action: ParagonAction, values: Record<string, unknown>): ParagonInput[] =>
  activeNodes(compileAction(action), byId(values)).map((n) => n.input);

/**
 * The flat Run parameters for values keyed by input id: inactive branches dropped,
 * empty optional values omitted, numbers, booleans and JSON kept as such.
 */
export const collectParameters = (action: ParagonAction, values: Record<string, unknown>): Parameters =>
  parametersOf(compileAction(action), byId(values));

/**
 * Checks parameters against the Action: required inputs, number, email and URL formats, JSON code.
 * Messages come from `messages` (English by default).
 * @returns `{ [inputId]: message }`, e.g. `{ 'field-Subject': 'Subject is required' }`; empty when valid.
 */
export const validateParameters = (action: ParagonAction, parameters: Parameters, messages: ValidationMessages = validationMessages): ValidationErrors =>
  // a saved value is checked as the form would hold it, so a saved JSON string reads as JSON text
  errorsOf(compileAction(action), byId(parameters), (node) => node.input.id, (node, value) =>
    value === undefined ? undefined : toFormValue(valueKindOf(node.type), value, node.input), messages);
