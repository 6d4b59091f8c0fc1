// actionkit-form (this repository), bundled from source: `actionkit-form` is ../src/index.ts
// (alias in lib/build.mjs). The generic description becomes a Paragon Action schema:
// text -> TEXT, checkbox -> BOOLEAN_INPUT (a switch), select -> ENUM (a Radix Select) whose
// options reveal their case's fields as `dependentInputs` (nested: W2's mode enum); `default`
// -> `defaultValue`; the initial data is given as ActionForm's flat `defaultValues` (saved
// parameters), which restores the branch choices. Styles are the library's default theme, as a
// host ships it.
import { QueryClient } from '@tanstack/react-query';
import { ActionForm, ActionKitProvider } from 'actionkit-form';
import 'actionkit-form/styles.css';

// Created once, not per mount (a host has one QueryClient for its app).
const queryClient = new QueryClient();
// The schema is given inline, so nothing is fetched; a call would show up as a page error.
const noNetwork = (url) => {
  console.error(`actionform adapter: unexpected fetch ${String(url)}`);
  return Promise.reject(new Error('bench: no network'));
};

function toInput(f) {
  const input = { id: f.name, title: f.label };
  switch (f.kind) {
    case 'text': input.type = 'TEXT'; break;
    case 'checkbox': input.type = 'BOOLEAN_INPUT'; break;
    case 'select':
      input.type = 'ENUM';
      // bare values, or { value, label, dependentInputs } for an option that reveals fields
      input.values = f.options.map((o) => (f.cases?.[o]?.length ? { value: o, label: o, dependentInputs: f.cases[o].map(toInput) } : o));
      break;
    default: throw new Error(`actionform adapter: unsupported kind ${f.kind}`);
  }
  if (f.default !== undefined) input.defaultValue = f.default;
  return input;
}

// --- driving the Radix Select (there is no native <select> for page.selectOption) ---------
const raf = () => new Promise((r) => requestAnimationFrame(r));
async function waitFor(get, what, timeoutMs = 5000) {
  const t0 = performance.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() - t0 > timeoutMs) throw new Error(`actionform adapter: ${what} not there after ${timeoutMs} ms`);
    await raf();
  }
}
function pointer(el, type) {
  const r = el.getBoundingClientRect();
  const init = {
    bubbles: true, cancelable: true, composed: true, view: window,
    clientX: r.left + r.width / 2, clientY: r.top + r.height / 2,
    pointerId: 1, pointerType: 'mouse', isPrimary: true,
    button: type === 'pointermove' || type === 'mousemove' ? -1 : 0,
    buttons: type === 'pointerdown' || type === 'mousedown' ? 1 : 0,
  };
  el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
}
const press = (el) => { pointer(el, 'pointerdown'); pointer(el, 'mousedown'); };
const release = (el) => { pointer(el, 'pointerup'); pointer(el, 'mouseup'); pointer(el, 'click'); };

export default {
  name: 'actionkit-form (this repository, from source)',
  packages: ['react-hook-form', '@tanstack/react-query', '@radix-ui/react-select'],

  prepare(form) {
    return {
      schema: { name: `BENCH_${form.id.toUpperCase().replace(/-/g, '_')}`, title: form.title, inputs: form.fields.map(toInput) },
      defaultValues: form.initial,
    };
  },

  render(p, { onSubmit }) {
    return (
      <ActionKitProvider projectId="bench" token="t" fetch={noNetwork} queryClient={queryClient}>
        <ActionForm schema={p.schema} defaultValues={p.defaultValues} onSubmit={onSubmit} hideSubmit />
      </ActionKitProvider>
    );
  },

  // Each field is `.akf-field[data-input-id]`; its focusable control is the <input>, the
  // switch button or the Radix Select trigger (a button with role combobox).
  control(root, name) {
    const field = root.querySelector(`.akf-field[data-input-id="${CSS.escape(name)}"]`);
    return field?.querySelector('input, textarea, button[role="switch"], button[role="combobox"]') ?? null;
  },

  // Form controls for the DOM-size columns: not Radix's aria-hidden native <select> mirror.
  controls: 'input, textarea, button[role="switch"], button[role="combobox"]',

  // Untimed: open the Select as a mouse user does (press and release on the trigger) and hover
  // the option; timed (the returned function): release on the option, which chooses it and closes.
  async switchTo(root, name, value) {
    const trigger = this.control(root, name);
    if (!trigger) throw new Error(`actionform adapter: no Select trigger for ${name}`);
    press(trigger);
    const content = await waitFor(() => document.getElementById(trigger.getAttribute('aria-controls') ?? ''), 'Select content');
    release(trigger);
    const option = await waitFor(() => {
      const wrapper = content.closest('[data-radix-popper-content-wrapper]');
      if (wrapper && wrapper.style.transform.includes('-200%')) return null;   // not positioned yet
      return [...content.querySelectorAll('[role="option"]')].find((o) => o.textContent.trim() === value);
    }, `option ${value}`);
    pointer(option, 'pointermove');
    press(option);
    await raf();
    await raf();
    return () => release(option);
  },
};
