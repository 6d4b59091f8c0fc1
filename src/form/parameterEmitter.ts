import { parametersOf, toParameterValue, type CompiledAction, type InputNode, type Parameters } from '../schema';

type FormValues = Record<string, unknown>;

/** Keeps the flat parameters current for `onChange` without walking the schema per keystroke. */
export interface ParameterEmitter {
  /** A field changed: update its one key, or recompute when it opens or closes branches. */
  fieldChanged(node: InputNode): void;
  /** Everything may have changed (mount, reset): recompute. */
  recompute(): void;
}

export function createParameterEmitter(
  compiled: CompiledAction,
  getValues: () => FormValues,
  listener: { current?: (parameters: Parameters) => void },
): ParameterEmitter {
  let parameters: Parameters = {};
  const recompute = () => {
    if (!listener.current) return;
    const values = getValues();
    parameters = parametersOf(compiled, (node) => values[node.key]);
    listener.current(parameters);
  };
  const fieldChanged = (node: InputNode) => {
    if (!listener.current) return;
    if (node.branches.size || node.dependents.length) return recompute();
    const value = toParameterValue(node.input, node.type, getValues()[node.key]);
    parameters = { ...parameters };
    if (value === undefined) delete parameters[node.input.id];
    else parameters[node.input.id] = value;
    listener.current(parameters);
  };
  return { fieldChanged, recompute };
}
