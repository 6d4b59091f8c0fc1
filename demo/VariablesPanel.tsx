import type { DemoVariable } from './triggerVariables';

const exampleText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The variables the trigger's example payload offers to this step (until ActionForm takes a `variables` prop). */
export function VariablesPanel({ variables }: { variables: DemoVariable[] }) {
  return (
    <section className="demo__variables" aria-labelledby="variables-title">
      <h3 id="variables-title">Variables from the trigger</h3>
      {variables.length === 0 ? (
        <p className="demo__hint">Choose a trigger and click “Show example payload”: its fields are offered here as variables.</p>
      ) : (
        <>
          <p className="demo__hint">{variables[0]?.group}</p>
          <ul aria-label="Variables from the trigger">
            {variables.map((v) => (
              <li key={v.value}>
                <code>{v.value}</code> <span>{v.label}</span>
                {v.example !== undefined && <span className="demo__example">e.g. {exampleText(v.example)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
