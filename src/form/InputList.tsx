import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import { branchFor, revealsDependents, type InputNode } from '../schema';
import { FieldBoundary } from './FieldBoundary';
import { useFormContext } from './FormContext';
import { FormField } from './FormField';

/** Inputs in schema order, each followed by whatever its value reveals. */
export function InputList({ nodes }: { nodes: InputNode[] }) {
  return (
    <>
      {nodes.map((node) => (
        <FieldBoundary key={node.key} title={node.input.title}>
          {!node.input.hidden && <FormField node={node} />}
          {(node.branches.size > 0 || node.dependents.length > 0) && <DependentInputs node={node} />}
        </FieldBoundary>
      ))}
    </>
  );
}

/** The dependents of the chosen option and the input's own dependents; only this re-renders when the choice changes. */
const DependentInputs = memo(function DependentInputs({ node }: { node: InputNode }) {
  const { control } = useFormContext();
  const value = useWatch({ control, name: node.key });
  const branch = branchFor(node, value);
  const own = node.dependents.length > 0 && revealsDependents(node.input, node.type, value);
  if (!branch?.length && !own) return null;
  return (
    <div className="akf-dependents" data-parent-input-id={node.input.id}>
      {branch && <InputList nodes={branch} />}
      {own && <InputList nodes={node.dependents} />}
    </div>
  );
});
