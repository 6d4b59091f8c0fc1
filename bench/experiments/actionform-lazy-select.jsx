// What-if (profiling aid, not a peer): actionform with its ENUM control replaced, through the
// public `components` prop, by the same Radix Select whose Portal/Content (the items) is only
// rendered while the menu is open. Closed, a Select is Root + Trigger + Value + Icon; Radix then
// has no items to render into its hidden DocumentFragment, no native-option registration and
// none of the layout-effect re-render passes that follow at mount. Copy into adapters/ to measure.
import * as Select from '@radix-ui/react-select';
import { useState } from 'react';
import base from '../adapters/actionform.jsx';
import { ActionForm, ActionKitProvider } from 'actionkit-form';
import { QueryClient } from '@tanstack/react-query';

const queryClient = new QueryClient();
const noNetwork = () => Promise.reject(new Error('bench: no network'));

function LazyEnum(props) {
  const { input, groups, value, onChange, ids } = props;
  const options = groups.flatMap((g) => g.options);
  const selected = options.find((o) => o.value === value);
  const [open, setOpen] = useState(false);
  return (
    <div className="akf-select">
      <Select.Root
        value={selected ? String(options.indexOf(selected)) : ''}
        onValueChange={(key) => onChange(options[Number(key)]?.value ?? null)}
        open={open}
        onOpenChange={(o) => { setOpen(o); if (!o) props.onBlur(); }}
        disabled={props.disabled}
        required={props.required}
      >
        <Select.Trigger id={ids.control} ref={props.inputRef} className="akf-select__trigger" aria-labelledby={ids.label}
          aria-describedby={props.describedBy} aria-invalid={props.invalid || undefined} aria-required={props.required || undefined}>
          <Select.Value placeholder={input.placeholder || 'Select…'}>{selected ? selected.label : undefined}</Select.Value>
          <Select.Icon className="akf-select__icon" aria-hidden="true">▾</Select.Icon>
        </Select.Trigger>
        {open && (
          <Select.Portal>
            <Select.Content className="akf-select__content" position="popper" sideOffset={4}>
              <Select.Viewport className="akf-select__viewport">
                {options.map((o, i) => (
                  <Select.Item key={i} value={String(i)} className="akf-select__item"><Select.ItemText>{o.label}</Select.ItemText></Select.Item>
                ))}
              </Select.Viewport>
            </Select.Content>
          </Select.Portal>
        )}
      </Select.Root>
    </div>
  );
}
const components = { ENUM: LazyEnum };

export default {
  ...base,
  name: 'actionkit-form, ENUM = Radix Select with items only while open (what-if)',
  render(p, { onSubmit }) {
    return (
      <ActionKitProvider projectId="bench" token="t" fetch={noNetwork} queryClient={queryClient}>
        <ActionForm schema={p.schema} defaultValues={p.defaultValues} onSubmit={onSubmit} components={components} hideSubmit />
      </ActionKitProvider>
    );
  },
};
