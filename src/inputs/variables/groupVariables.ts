import type { Variable } from '../../schema';

/** A group as shown: its heading (none for ungrouped variables) and its variables with their row index. */
export interface VariableGroup {
  title?: string;
  rows: Array<{ index: number; variable: Variable }>;
}

/**
 * The variables in groups, in order of first appearance (ungrouped ones first), plus the flat row
 * order the highlight walks, which is the order they are shown in.
 */
export function groupVariables(variables: readonly Variable[]): { groups: VariableGroup[]; rows: Variable[] } {
  const byTitle = new Map<string | undefined, Variable[]>([[undefined, []]]);
  for (const v of variables) {
    const list = byTitle.get(v.group);
    if (list) list.push(v);
    else byTitle.set(v.group, [v]);
  }
  const rows: Variable[] = [];
  const groups: VariableGroup[] = [];
  for (const [title, list] of byTitle) {
    if (!list.length) continue;
    groups.push({ title, rows: list.map((variable) => ({ index: rows.push(variable) - 1, variable })) });
  }
  return { groups, rows };
}
