import { effectiveType } from './inputTypes';
import { isRecord } from './guards';
import { problemMessages, type ProblemMessages } from './messages/problems';
import { flattenOptions, normalizeOptions, type OptionGroup } from './options';
import type { InputType, ParagonAction, ParagonInput } from './types';

/** One input at one place in an Action's tree of polymorphic branches. */
export interface InputNode {
  /**
   * Internal field name: the path of input ids and option values leading here, encoded so it is
   * safe as a form path (input ids are not). Stable across schema versions, so a reloaded schema
   * keeps the values of inputs that still exist.
   */
  key: string;
  input: ParagonInput;
  /** The type whose control renders it (see `effectiveType`). */
  type: InputType;
  /** Static options, grouped as in the schema. */
  groups: OptionGroup[];
  /** Dependents per option, keyed by `String(option value)`. */
  branches: Map<string, InputNode[]>;
  /** Input-level dependents, shown once the input has a value. */
  dependents: InputNode[];
  /** The inputs its options (or filter keys) depend on, resolved to the nearest input with that id. */
  dependencies: InputDependencyNode[];
}

/** One dependency of an input's options source; `key`/`node` are undefined when no input has the id. */
export interface InputDependencyNode {
  id: string;
  key: string | undefined;
  node?: InputNode;
}

/** An Action prepared once for rendering: its input tree and what could not be read. */
export interface CompiledAction {
  action: ParagonAction;
  nodes: InputNode[];
  byKey: Map<string, InputNode>;
  /** Human-readable notes on inputs that were skipped or repaired. */
  problems: string[];
  /** The same notes in any messages (`problems` is them in English). */
  problemMessages: Array<(messages: ProblemMessages) => string>;
}

const MAX_DEPTH = 32;

function describe(raw: unknown, index: number): string {
  if (isRecord(raw) && typeof raw.title === 'string' && raw.title) return `"${raw.title}"`;
  if (isRecord(raw) && typeof raw.id === 'string' && raw.id) return `"${raw.id}"`;
  return `#${index + 1}`;
}

interface Walk {
  byKey: Map<string, InputNode>;
  problems: Array<(messages: ProblemMessages) => string>;
  ancestors: Set<unknown>;
}

/** `encodeURIComponent` plus the characters form paths treat specially (`.`, quotes, brackets, `|`). */
const encodeKeyPart = (part: string): string =>
  encodeURIComponent(part).replace(/[.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function compileInput(raw: unknown, key: string, index: number, depth: number, w: Walk): InputNode | undefined {
  const where = describe(raw, index);
  if (!isRecord(raw)) return void w.problems.push((m) => m.problemNotObject(where));
  if (typeof raw.id !== 'string' || raw.id === '') return void w.problems.push((m) => m.problemNoId(where));
  if (w.ancestors.has(raw)) return void w.problems.push((m) => m.problemCycle(where));
  if (depth > MAX_DEPTH) return void w.problems.push((m) => m.problemTooDeep(where));
  const input = { ...raw } as ParagonInput;
  if (typeof raw.title !== 'string' || raw.title.trim() === '') {
    input.title = raw.id;
    const id = raw.id;
    w.problems.push((m) => m.problemNoTitle(id));
  }
  if (typeof raw.type !== 'string' || raw.type === '') {
    input.type = 'UNKNOWN';
    w.problems.push((m) => m.problemNoType(input.title));
  }
  const type = effectiveType(input);
  const groups = normalizeOptions(raw.values, (_p, dropped) =>
    w.problems.push((m) => (dropped ? m.problemOptionsDropped(input.title, dropped) : m.problemValuesNotList(input.title))));
  const node: InputNode = { key, input, type, groups, branches: new Map(), dependents: [], dependencies: [] };
  w.byKey.set(key, node);
  w.ancestors.add(raw);
  for (const option of flattenOptions(groups)) {
    const value = String(option.value);
    if (option.dependentInputs?.length && !node.branches.has(value)) {
      node.branches.set(value, compileList(option.dependentInputs, `${key}/${encodeKeyPart(value)}/`, depth + 1, w));
    }
  }
  if (raw.dependentInputs !== undefined) {
    if (Array.isArray(raw.dependentInputs)) node.dependents = compileList(raw.dependentInputs, `${key}/~/`, depth + 1, w);
    else w.problems.push((m) => m.problemDependentsNotList(input.title));
  }
  w.ancestors.delete(raw);
  return node;
}

function compileList(raw: unknown[], prefix: string, depth: number, w: Walk): InputNode[] {
  const nodes: InputNode[] = [];
  raw.forEach((item, i) => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : '';
    let key = `${prefix}${encodeKeyPart(id)}`;
    // a repeated sibling id (malformed) still gets a position of its own
    for (let n = 2; w.byKey.has(key); n++) key = `${prefix}${encodeKeyPart(id)}~${n}`;
    const node = compileInput(item, key, i, depth, w);
    if (node) nodes.push(node);
  });
  return nodes;
}

const dependencyIds = (input: ParagonInput): string[] => {
  const ids = input.valuesSource?.dependencies ?? input.supportedKeysSource?.dependencies;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id !== '') : [];
};

interface Scope {
  list: InputNode[];
  parent?: InputNode;
}

/** Ids repeat across branches: look among siblings, then each ancestor and its siblings outward, then anywhere. */
function resolveDependencies(list: InputNode[], outer: Scope[], byKey: Map<string, InputNode>): void {
  const scopes: Scope[] = [{ list }, ...outer];
  for (const node of list) {
    node.dependencies = dependencyIds(node.input).map((id) => {
      let found: InputNode | undefined;
      for (const scope of scopes) {
        found = scope.parent?.input.id === id ? scope.parent : scope.list.find((n) => n !== node && n.input.id === id);
        if (found) break;
      }
      found ??= [...byKey.values()].find((n) => n !== node && n.input.id === id);
      return { id, key: found?.key, node: found };
    });
    const inner: Scope[] = [{ list, parent: node }, ...outer];
    for (const branch of node.branches.values()) resolveDependencies(branch, inner, byKey);
    if (node.dependents.length) resolveDependencies(node.dependents, inner, byKey);
  }
}

const cache = new WeakMap<object, CompiledAction>();

/**
 * Prepares an Action for rendering: normalizes options, resolves effective types, gives every
 * input position a safe internal key and collects problems instead of throwing. Cached per object.
 */
export function compileAction(action: ParagonAction): CompiledAction {
  const cached = cache.get(action);
  if (cached) return cached;
  const w: Walk = { byKey: new Map(), problems: [], ancestors: new Set() };
  let nodes: InputNode[] = [];
  const inputs: unknown = isRecord(action) ? action.inputs : undefined;
  if (!isRecord(action)) w.problems.push((m) => m.problemActionNotObject);
  else if (Array.isArray(inputs)) nodes = compileList(inputs, 'f:', 0, w);
  else if (inputs !== undefined) w.problems.push((m) => m.problemInputsNotList);
  resolveDependencies(nodes, [], w.byKey);
  const compiled: CompiledAction = { action, nodes, byKey: w.byKey, problems: w.problems.map((text) => text(problemMessages)), problemMessages: w.problems };
  if (isRecord(action)) cache.set(action, compiled);
  return compiled;
}
