import { hasOwn, parametersOf, setOwn, toParameterValue, type CompiledAction, type InputNode, type Parameters } from '../schema';

/** Keeps the flat parameters for `onChange` and `getParameters()` without walking the schema per keystroke. */
export interface ParameterEmitter {
  /** The current flat parameters (recomputed only when something changed since the last read). */
  current(): Parameters;
  /** A field changed: patch its one key, or mark everything stale when it opens or closes branches. */
  fieldChanged(node: InputNode): void;
  /** Everything may have changed (mount, reset, a new schema): recompute and emit. */
  recompute(): void;
}

/**
 * Without a listener a keystroke costs O(1) (the parameters go stale and are rebuilt on the next
 * read); with one, it patches one key of a shallow copy the host may keep (a new key: a rebuild).
 */
export function createParameterEmitter(
  compiled: CompiledAction,
  /** Reads one field's current value by key (O(1): never a copy of all values). */
  read: (key: string) => unknown,
  listener: { current?: (parameters: Parameters) => void },
): ParameterEmitter {
  let parameters: Parameters = {};
  let stale = true;
  const current = () => {
    if (stale) {
      parameters = parametersOf(compiled, (node) => read(node.key));
      stale = false;
    }
    return parameters;
  };
  const emit = () => listener.current?.(current());
  return {
    current,
    recompute() {
      stale = true;
      emit();
    },
    fieldChanged(node) {
      if (stale || !listener.current || node.branches.size || node.dependents.length) {
        stale = true;
        return emit();
      }
      const value = toParameterValue(node.input, node.type, read(node.key));
      const id = node.input.id;
      // a key that appears is rebuilt in schema order: the same values always give the same JSON text
      if (value !== undefined && !hasOwn(parameters, id)) {
        stale = true;
        return emit();
      }
      parameters = { ...parameters };
      if (value === undefined) delete parameters[id];
      else setOwn(parameters, id, value);
      emit();
    },
  };
}
