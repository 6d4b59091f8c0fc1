import { Fragment, memo } from 'react';
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

/** The dependents of the chosen option and the input's own dependents; only this re-renders when the choice changes. */
const Dependents = memo(function Dependents({ node }: { node: InputNode }) {
  const { control } = useFormContext();
  const value = useWatch({ control, name: node.key });
  const branch = branchFor(node, value);
  const own = node.dependents.length > 0 && revealsDependents(node.input, node.type, value);
  return (
    <>
      {/* keyed by the choice: a new branch is built off-document and inserted once, not field by field into the form */}
      {branch && branch.length > 0 && (
        <div key={`branch:${String(value)}`} className="akf-dependents" data-parent-input-id={node.input.id}>
          <InputList nodes={branch} />
        </div>
      )}
      {own && (
        <div className="akf-dependents" data-parent-input-id={node.input.id}>
          <InputList nodes={node.dependents} />
        </div>
      )}
    </>
  );
});
