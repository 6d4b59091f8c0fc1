import type { DemoVariable } from './triggerVariables';

const exampleText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The variables this step's fields offer (type `{{`, or "Use a variable"), by group: the trigger's example fields first. */
export function VariablesPanel({ variables, fromTrigger }: { variables: DemoVariable[]; fromTrigger: boolean }) {
  const groups = [...new Set(variables.map((v) => v.group ?? 'Other'))];
  return (
    <section className="demo__variables" aria-labelledby="variables-title">
      <h3 id="variables-title">Variables for this step</h3>
      {!fromTrigger && <p className="demo__hint">Choose a trigger and click “Show example payload”: its fields are offered here too.</p>}
      {groups.map((group) => (
        <details key={group} open={group.startsWith('Trigger')}>
          <summary>{group}</summary>
          <ul aria-label={group}>
            {variables.filter((v) => (v.group ?? 'Other') === group).map((v) => (
              <li key={v.value}>
                <code>{v.value}</code> <span>{v.label}</span>
                {v.example !== undefined && <span className="demo__example">e.g. {exampleText(v.example)}</span>}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
