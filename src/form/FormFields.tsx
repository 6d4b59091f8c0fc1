import { useCoreMessages } from '../hooks';
import type { CompiledAction } from '../schema';
import { FormContext, type FormContextValue } from './FormContext';
import { InputList } from './InputList';
import { LazyProblemsNotice } from './lazyParts';

/** The fields of a compiled schema (or "No inputs needed"), with what could not be shown. */
export function FormFields({ compiled, context }: { compiled: CompiledAction; context: FormContextValue }) {
  const m = useCoreMessages();
  return (
    <FormContext.Provider value={context}>
      {compiled.problemMessages.length > 0 && <LazyProblemsNotice problems={compiled.problemMessages.map((text) => text(m))} />}
      {compiled.nodes.length === 0 ? (
        <p className="akf-empty">{m.noInputs}</p>
      ) : (
        // one container built off-document, so its controls join the form in one pass
        <div className="akf-fields">
          <InputList nodes={compiled.nodes} />
        </div>
      )}
    </FormContext.Provider>
  );
}
