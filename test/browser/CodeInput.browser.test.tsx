import { render } from '@testing-library/react';
import axe from 'axe-core';
import { StrictMode, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CodeInput } from '../../src/inputs/code/CodeInput';
import type { ParagonInput } from '../../src/schema';

const MOUNT_TIMEOUT = 45_000; // Monaco's first load is slow on 2 cores

interface HarnessOptions {
  input?: Partial<ParagonInput>;
  initial?: string;
  disabled?: boolean;
}

function setup(options: HarnessOptions = {}) {
  const onChange = vi.fn();
  const onBlur = vi.fn();
  const inputRef = vi.fn<(el: HTMLElement | null) => void>();
  const input: ParagonInput = { id: 'payload', type: 'CODE', title: 'Payload', language: 'json', ...options.input };
  function Harness() {
    const [value, setValue] = useState(options.initial ?? '');
    const [invalid, setInvalid] = useState(false);
    return (
      <main>
        <label id="payload-label" htmlFor="payload-control">Payload</label>
        <p id="payload-help">JSON sent as the body</p>
        {invalid && <p id="payload-error">Payload must be valid JSON</p>}
        <CodeInput
          input={input}
          type="CODE"
          value={value}
          onChange={(next) => {
            setValue(next);
            onChange(next);
          }}
          onBlur={onBlur}
          inputRef={inputRef}
          name="f0"
          ids={{ control: 'payload-control', label: 'payload-label', description: 'payload-help' }}
          describedBy={invalid ? 'payload-help payload-error' : 'payload-help'}
          invalid={invalid}
          required
          disabled={options.disabled ?? false}
          groups={[]}
          context={{ actionName: 'X' }}
        />
        <button type="button" onClick={() => setValue('{\n  "reset": true\n}')}>Reset</button>
        <button type="button" onClick={() => setInvalid((v) => !v)}>Toggle invalid</button>
      </main>
    );
  }
  // StrictMode: hosts develop with it, and it mounts effects and refs twice.
  const { container, unmount } = render(
    <StrictMode>
      <Harness />
    </StrictMode>,
  );
  return { container, unmount, onChange, onBlur, inputRef };
}

/** The plain textarea stays until Monaco is ready, then goes. */
const swapped = (container: HTMLElement) =>
  !!container.querySelector('.monaco-editor .view-lines') && !container.querySelector('.akf-code__fallback');

async function mountedEditor(container: HTMLElement) {
  await expect.poll(() => swapped(container), { timeout: MOUNT_TIMEOUT }).toBe(true);
  const input = container.querySelector<HTMLElement>('.monaco-editor [role="textbox"]');
  expect(input).toBeTruthy();
  const editor = container.querySelector<HTMLElement>('.monaco-editor')!;
  // Monaco marks its container with the model's language id
  const languageId = () => editor.closest<HTMLElement>('[data-mode-id]')?.dataset.modeId;
  return { editor, input: input!, languageId };
}

const shownText = (container: HTMLElement) =>
  (container.querySelector<HTMLElement>('.view-lines')?.innerText ?? '').replace(/\u00a0/g, ' ');

describe('CodeInput with Monaco', () => {
  // First in the file, so the editor chunk is still loading when typing starts.
  test('keeps every keystroke and the focus while the textarea gives way to Monaco', async () => {
    const { container, onChange } = setup({ input: { language: undefined } });
    page.getByRole('textbox', { name: 'Payload' }).element().focus();
    let typed = '';
    const type = async (key: string) => {
      await userEvent.keyboard(key);
      typed += key;
    };
    // One key at a time, through the whole swap and a little after it.
    while (!swapped(container) && typed.length < 3000) await type('abcdefghij'[typed.length % 10]);
    for (const key of 'klmnop') await type(key);
    const { editor } = await mountedEditor(container);
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe(typed);
    expect(editor.classList.contains('focused')).toBe(true);
    expect(typed.length).toBeGreaterThan(10);
  });

  test('mounts Monaco, named by the title, and sends exactly what is typed', async () => {
    const { container, onChange, onBlur } = setup();
    const { input, languageId } = await mountedEditor(container);
    expect(container.querySelector('.akf-code__fallback')).toBeNull();
    expect(languageId()).toBe('json');
    await expect.element(page.getByRole('textbox', { name: 'Payload' })).toBe(input);
    await expect.poll(() => input.id).toBe('payload-control');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'payload-help');
    expect(input).not.toHaveAttribute('aria-invalid');

    await userEvent.click(page.getByRole('code'));
    // `{{` is a literal `{` in the keyboard syntax; auto-closed brackets and quotes are typed over.
    await userEvent.keyboard('{{"a": 1}');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('{"a": 1}');
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}{{"b": "{{{{x}}", "c": {{{{y}}}');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('{"b": "{{x}}", "c": {{y}}}');
    expect(shownText(container)).toBe('{"b": "{{x}}", "c": {{y}}}');

    expect(onBlur).not.toHaveBeenCalled();
    await userEvent.click(page.getByRole('button', { name: 'Reset' }));
    expect(onBlur).toHaveBeenCalled();
  });

  test('shows a value set from outside (a form reset) without echoing it back', async () => {
    const { container, onChange } = setup({ initial: '{"a": 1}' });
    await mountedEditor(container);
    await expect.poll(() => shownText(container)).toBe('{"a": 1}');
    await userEvent.click(page.getByRole('button', { name: 'Reset' }));
    await expect.poll(() => shownText(container)).toBe('{\n  "reset": true\n}');
    expect(onChange).not.toHaveBeenCalled();
  });

  test('puts aria-invalid and the error on the editor while invalid', async () => {
    const { container } = setup();
    const { input } = await mountedEditor(container);
    await userEvent.click(page.getByRole('button', { name: 'Toggle invalid' }));
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(input).toHaveAttribute('aria-describedby', 'payload-help payload-error');
    expect(input).toHaveAccessibleDescription('JSON sent as the body Payload must be valid JSON');
    await userEvent.click(page.getByRole('button', { name: 'Toggle invalid' }));
    await expect.poll(() => input.hasAttribute('aria-invalid')).toBe(false);
    expect(input).toHaveAttribute('aria-describedby', 'payload-help');
  });

  test('hands the form an element whose focus() focuses the editor', async () => {
    const { container, unmount, inputRef, onChange } = setup();
    const { editor, input } = await mountedEditor(container);
    const target = inputRef.mock.lastCall?.[0];
    expect(target).toBe(input);
    target?.focus();
    await expect.poll(() => editor.classList.contains('focused')).toBe(true);
    await userEvent.keyboard('ok');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('ok');
    unmount();
    expect(inputRef).toHaveBeenLastCalledWith(null);
  });

  test('maps the schema language and is read-only when disabled', async () => {
    const { container, onChange } = setup({ input: { language: 'JS' }, disabled: true, initial: 'let a = 1;' });
    const { languageId } = await mountedEditor(container);
    expect(languageId()).toBe('javascript');
    await userEvent.click(page.getByRole('code'));
    await userEvent.keyboard('xyz');
    expect(shownText(container)).toBe('let a = 1;');
    expect(onChange).not.toHaveBeenCalled();
  });

  test('falls back to plain text for a language Monaco does not know', async () => {
    const { container } = setup({ input: { language: 'cobol' } });
    const { languageId } = await mountedEditor(container);
    expect(languageId()).toBe('plaintext');
  });

  test('axe: no serious or critical violations', async () => {
    const { container } = setup({ initial: '{\n  "text": "Hello"\n}' });
    await mountedEditor(container);
    await userEvent.click(page.getByRole('button', { name: 'Toggle invalid' }));
    const results = await axe.run(container);
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
