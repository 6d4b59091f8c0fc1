import * as React from 'react';
import { Fragment, memo, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { branchFor, revealsDependents, type InputNode } from '../schema';
import { Field } from './Field';
import { useFormContext } from './FormContext';

/** Inputs in schema order, each followed by whatever its value reveals; memoized, so a host re-render renders no field. */
export const InputList = memo(function InputList({ nodes }: { nodes: InputNode[] }) {
  return (
    <>
      {nodes.map((node) => (
        <Fragment key={node.key}>
          {!node.input.hidden && <Field node={node} />}
          {(node.branches.size > 0 || node.dependents.length > 0) && <Dependents node={node} />}
        </Fragment>
      ))}
    </>
  );
});

// React 19.2+: a branch left stays mounted but hidden, so leaving it removes nothing and coming back builds nothing
const Activity = (React as { Activity?: React.ComponentType<{ mode: 'visible' | 'hidden'; children: ReactNode }> }).Activity;
/** Branches kept hidden per input besides the shown one (the most recently shown). */
const KEPT_BRANCHES = 4;

/** The dependents of the chosen option and the input's own dependents; only this re-renders when the choice changes. */
const Dependents = memo(function Dependents({ node }: { node: InputNode }) {
  const { control } = useFormContext();
  const value = useWatch({ control, name: node.key });
  const branch = branchFor(node, value);
  const shown = branch && branch.length > 0 ? String(value) : undefined;
  const kept = useKeptBranches(node, shown);
  const own = node.dependents.length > 0 && revealsDependents(node.input, node.type, value);
  const block = (key: string) => (
    <div className="akf-dependents" data-parent-input-id={node.input.id}>
      <InputList nodes={node.branches.get(key) as InputNode[]} />
    </div>
  );
  return (
    <>
      {/* keyed by the choice: a new branch is built off-document and inserted once, not field by field into the form */}
      {Activity
        ? kept.map((key) => (
            <Activity key={`branch:${key}`} mode={key === shown ? 'visible' : 'hidden'}>
              {block(key)}
            </Activity>
          ))
        : shown !== undefined && <Fragment key={`branch:${shown}`}>{block(shown)}</Fragment>}
      {own && (
        <div className="akf-dependents" data-parent-input-id={node.input.id}>
          <InputList nodes={node.dependents} />
        </div>
      )}
    </>
  );
});

/** The branches of `node` shown so far (oldest first, at most KEPT_BRANCHES + 1), including the one shown now. */
function useKeptBranches(node: InputNode, shown: string | undefined): string[] {
  const [kept, setKept] = useState<{ node: InputNode; keys: string[] }>(() => ({ node, keys: shown === undefined ? [] : [shown] }));
  let keys = kept.node === node ? kept.keys : kept.keys.filter((key) => node.branches.has(key));
  if (shown !== undefined && !keys.includes(shown)) keys = [...keys, shown].slice(-(KEPT_BRANCHES + 1));
  // derived during render (React's "state from the previous render"): no second commit
  if (kept.node !== node || keys !== kept.keys) setKept({ node, keys });
  return keys;
}
