import { defaultFormValue, emptyFormValue } from './codecs';
import type { InputNode } from './compileAction';
import { hasVariableToken } from './guards';
import { describeType } from './inputTypes';
import { flattenOptions } from './options';

/**
 * Whether an input offers "Use a variable": a mode type (enums, booleans) none of whose choices
 * opens dependents, since a token cannot choose a branch.
 */
export function offersVariableMode(node: InputNode): boolean {
  const { kind, variables } = describeType(node.type);
  if (variables !== 'mode') return false;
  return kind === 'boolean' ? node.dependents.length === 0 : node.branches.size === 0;
}

/**
 * Whether a form value is variable-mode text rather than a choice: any text for a boolean, a
 * `{{…}}` token that is none of the options for an enum (so restore, reset and updates pick the mode).
 */
export function isVariableModeValue(node: InputNode, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (describeType(node.type).kind === 'boolean') return true;
  return hasVariableToken(value) && !flattenOptions(node.groups).some((option) => String(option.value) === value);
}

/** The choice "Use a variable" returns to when the field opened in variable mode: the schema default, unless that is a token too. */
export function choiceWithoutVariable(node: InputNode): unknown {
  const fallback = defaultFormValue(node.input, node.type);
  return isVariableModeValue(node, fallback) ? emptyFormValue(describeType(node.type).kind) : fallback;
}
