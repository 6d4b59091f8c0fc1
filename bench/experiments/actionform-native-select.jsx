// What-if (profiling aid, not a peer): actionform with its ENUM control replaced, through the
// public `components` prop, by a native <select> (what the baseline uses): the lower bound of
// what the ENUM control can cost. Driven by page.selectOption like the peers. Copy into
// adapters/ to measure.
import base from '../adapters/actionform.jsx';
import { ActionForm, ActionKitProvider } from 'actionkit-form';
import { QueryClient } from '@tanstack/react-query';

const queryClient = new QueryClient();
const noNetwork = () => Promise.reject(new Error('bench: no network'));

function NativeEnum(props) {
  const options = props.groups.flatMap((g) => g.options);
  const index = options.findIndex((o) => o.value === props.value);
  return (
    <select id={props.ids.control} name={props.name} ref={props.inputRef} className="akf-input" value={index < 0 ? '' : String(index)}
      onChange={(e) => props.onChange(e.target.value === '' ? null : options[Number(e.target.value)].value)} onBlur={props.onBlur}
      aria-describedby={props.describedBy} aria-invalid={props.invalid || undefined} disabled={props.disabled}>
      <option value="" />
      {options.map((o, i) => <option key={i} value={String(i)}>{o.label}</option>)}
    </select>
  );
}
const components = { ENUM: NativeEnum };

export default {
  ...base,
  name: 'actionkit-form, ENUM = native <select> (what-if)',
  switchTo: undefined,
  controls: 'input, select, textarea, button[role="switch"]',
  control(root, name) {
    const field = root.querySelector(`.akf-field[data-input-id="${CSS.escape(name)}"]`);
    return field?.querySelector('input, select, textarea, button[role="switch"]') ?? null;
  },
  render(p, { onSubmit }) {
    return (
      <ActionKitProvider projectId="bench" token="t" fetch={noNetwork} queryClient={queryClient}>
        <ActionForm schema={p.schema} defaultValues={p.defaultValues} onSubmit={onSubmit} components={components} hideSubmit />
      </ActionKitProvider>
    );
  },
};
