import { defaultFormValue, emptyFormValue, toFormValue } from './codecs';
import { compileAction, type CompiledAction, type InputNode } from './compileAction';
import { valueKindOf } from './inputTypes';
import { hasOwn, setOwn } from './options';
import { branchFor, walkActive } from './walkActive';
import type { ParagonAction, Parameters } from './types';

/** Form value of an input on the saved path: saved value, else empty (booleans, hidden and read-only: their default). */
function savedFormValue(node: InputNode, saved: Parameters): unknown {
  const { input, type } = node;
  if (hasOwn(saved, input.id)) return toFormValue(valueKindOf(type), saved[input.id], input);
  if (valueKindOf(type) === 'boolean' || input.hidden || input.readOnly) return defaultFormValue(input, type);
  return emptyFormValue(valueKindOf(type));
}

function fill(nodes: InputNode[], saved: Parameters | undefined, out: Record<string, unknown>): void {
  for (const node of nodes) {
    const value = saved ? savedFormValue(node, saved) : defaultFormValue(node.input, node.type);
    out[node.key] = value;
    const active = branchFor(node, value);
    for (const [, branch] of node.branches) fill(branch, branch === active ? saved : undefined, out);
    fill(node.dependents, saved, out);
  }
}

/**
 * Initial form values for every input position (keyed by internal key). With `saved`, the saved
 * path is restored (choosing the branch at every level) and every other branch starts from its
 * defaults; without it, everything starts from schema defaults.
 */
export function initialFormValues(compiled: CompiledAction, saved?: Parameters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fill(compiled.nodes, saved, out);
  return out;
}

/**
 * Form values keyed by input id for the path that saved parameters select, the reverse of
 * `collectParameters`: `collectParameters(action, restoreValues(action, p))` gives `p` back.
 */
export function restoreValues(action: ParagonAction, saved: Parameters): Record<string, unknown> {
  const compiled = compileAction(action);
  const byKey = initialFormValues(compiled, saved);
  const out: Record<string, unknown> = {};
  walkActive(compiled.nodes, (node) => byKey[node.key], (node, value) => {
    setOwn(out, node.input.id, value);
  });
  return out;
}
