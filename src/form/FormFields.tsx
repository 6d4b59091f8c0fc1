import { useMemo } from 'react';
import { useVariableSource } from '../hooks';
import type { CompiledAction } from '../schema';
import { FormContext, type FormContextValue } from './FormContext';
import { InputList } from './InputList';
import { ProblemsNotice } from './ProblemsNotice';

/** The fields of a compiled schema (or "No inputs needed"), with what could not be shown. */
export function FormFields({ compiled, context }: { compiled: CompiledAction; context: FormContextValue }) {
  const hasVariables = useVariableSource() !== undefined;
  const value = useMemo(() => (hasVariables ? { ...context, hasVariables } : context), [context, hasVariables]);
  return (
    <FormContext.Provider value={value}>
      <ProblemsNotice problems={compiled.problems} />
      {compiled.nodes.length === 0 ? (
        <p className="akf-empty">No inputs needed.</p>
      ) : (
        // one container built off-document, so its controls join the form in one pass
        <div className="akf-fields">
          <InputList nodes={compiled.nodes} />
        </div>
      )}
    </FormContext.Provider>
  );
}
