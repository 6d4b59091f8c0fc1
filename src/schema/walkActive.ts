import { revealsDependents } from './codecs';
import type { InputNode } from './compileAction';
import { isEnumValue } from './guards';

/** Reads the current value of a node (by internal key or by input id). */
export type NodeValueReader = (node: InputNode) => unknown;

/** The dependents an option value reveals (exact value first, then same text); a blank value is empty and reveals none. */
export function branchFor(node: InputNode, value: unknown): InputNode[] | undefined {
  if (!node.branches.size || !isEnumValue(value) || (typeof value === 'string' && value.trim() === '')) return undefined;
  return node.branches.get(String(value));
}

/**
 * Visits the inputs on the active polymorphic path in display order: each input, then the
 * dependents of its chosen option, then its own dependents while it has a value.
 */
export function walkActive(nodes: InputNode[], read: NodeValueReader, visit: (node: InputNode, value: unknown) => void): void {
  for (const node of nodes) {
    const value = read(node);
    visit(node, value);
    const branch = branchFor(node, value);
    if (branch) walkActive(branch, read, visit);
    if (node.dependents.length && revealsDependents(node.input, node.type, value)) walkActive(node.dependents, read, visit);
  }
}
