import { render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider, type ParagonAction } from '../../src';
import { CodeInput } from '../../src/inputs/code/CodeInput';
import type { ParagonInput } from '../../src/schema';
import type * as Monaco from 'monaco-editor/editor/editor.api';
import '../../src/styles.css';
import { actionKitHandlers, MOCK_BASE_URL, newLog } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN, testQueryClient } from '../support/render';

// What the slimmed Monaco chunk still does for a code field (each relies on a contribution or on
// the JSON language service we kept): diagnostics, hover, suggestions, folding, comments, Tab…
const MOUNT_TIMEOUT = 45_000; // Monaco's first load is slow on 2 cores

function setup(input: Partial<ParagonInput> = {}, initial = '', theme?: 'dark') {
  const onChange = vi.fn();
  const field: ParagonInput = { id: 'payload', type: 'CODE', title: 'Payload', language: 'json', ...input };
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <main data-akf-theme={theme}>
        <CodeInput
          input={field}
          type="CODE"
          value={value}
          onChange={(next) => {
            setValue(next);
            onChange(next);
          }}
          onBlur={() => {}}
          inputRef={() => {}}
          name="f0"
          ids={{ control: 'payload-control', label: 'payload-label' }}
          invalid={false}
          required={false}
          disabled={false}
          groups={[]}
          context={{ actionName: 'X' }}
        />
        <button type="button">After the editor</button>
      </main>
    );
  }
  const { container } = render(<Harness />);
  return { container, onChange };
}

async function mounted(container: HTMLElement) {
  await expect
    .poll(() => !!container.querySelector('.monaco-editor .view-lines') && !container.querySelector('.akf-code__fallback'), { timeout: MOUNT_TIMEOUT })
    .toBe(true);
  const editor = container.querySelector<HTMLElement>('.monaco-editor')!;
  return editor;
}

const shownText = (container: HTMLElement) =>
  (container.querySelector<HTMLElement>('.view-lines')?.innerText ?? '').replace(/\u00a0/g, ' ');

/** Places the caret at the end of the text (Ctrl+End), after clicking into the editor's text. */
async function focusAtEnd(editor: HTMLElement) {
  await userEvent.click(page.elementLocator(editor)); // the editor (role "code"), not a line: lines re-render
  await userEvent.keyboard('{Control>}{End}{/Control}');
}

describe('the code editor after slimming Monaco', () => {
  test('shows JSON diagnostics: a squiggle, and the message in a hover', async () => {
    const { container } = setup({}, '{"a": }');
    const editor = await mounted(container);
    await expect.poll(() => editor.querySelector('.squiggly-error'), { timeout: 20_000 }).toBeTruthy();
    // Caret on the offending `}`, then the keyboard "show hover" chord (Ctrl+K Ctrl+I).
    await focusAtEnd(editor);
    await userEvent.keyboard('{ArrowLeft}{Control>}ki{/Control}');
    await expect.poll(() => document.querySelector('.monaco-hover')?.textContent ?? '').toMatch(/Value expected/);
  });

  test('lists completion items a provider offers (Ctrl+Space) and inserts the chosen one', async () => {
    const { loader } = await import('@monaco-editor/react');
    const { container, onChange } = setup();
    const editor = await mounted(container);
    const monaco = (await loader.init()) as typeof Monaco; // the Monaco the editor uses
    const provider = monaco.languages.registerCompletionItemProvider('json', {
      provideCompletionItems: (model, position) => {
        const word = model.getWordUntilPosition(position);
        const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
        return { suggestions: [{ label: 'step1.output', kind: monaco.languages.CompletionItemKind.Variable, insertText: '"{{1.output}}"', range }] };
      },
    });
    try {
      await focusAtEnd(editor);
      // A prefix, so JSON's own items for an empty document (`{}`, `[]`) are filtered out.
      await userEvent.keyboard('step{Control>} {/Control}');
      await expect.poll(() => document.querySelector('.suggest-widget')?.textContent ?? '').toContain('step1.output');
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('"{{1.output}}"');
    } finally {
      provider.dispose();
    }
  });

  test('undoes and redoes typing', async () => {
    const { container, onChange } = setup({ language: undefined });
    const editor = await mounted(container);
    await focusAtEnd(editor);
    await userEvent.keyboard('hello');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('hello');
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('hello');
  });

  test('Tab indents; after Ctrl+M, Tab moves the focus on', async () => {
    const { container, onChange } = setup({ language: undefined });
    const editor = await mounted(container);
    await focusAtEnd(editor);
    await userEvent.keyboard('{Tab}x');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('  x');
    await userEvent.keyboard('{Control>}m{/Control}{Tab}');
    await expect.element(page.getByRole('button', { name: 'After the editor' })).toHaveFocus();
    expect(onChange.mock.lastCall?.[0]).toBe('  x');
  });

  test('shows the placeholder while empty', async () => {
    const { container } = setup({ placeholder: '{ "text": "Hi" }' });
    const editor = await mounted(container);
    await expect.poll(() => editor.textContent).toContain('{ "text": "Hi" }');
    await focusAtEnd(editor);
    await userEvent.keyboard('1');
    await expect.poll(() => editor.textContent).not.toContain('{ "text": "Hi" }');
  });

  test('folds a JSON block from its arrow in the gutter (the icon font loads)', async () => {
    const { container } = setup({}, '{\n  "a": {\n    "b": 1\n  }\n}');
    const editor = await mounted(container);
    const arrow = await vi.waitFor(() => {
      const el = editor.querySelector<HTMLElement>('.margin .codicon-folding-expanded');
      if (!el) throw new Error('no folding arrow yet');
      return el;
    }, { timeout: 20_000 });
    await userEvent.click(arrow);
    await expect.poll(() => shownText(container)).not.toContain('"a"');
    expect(shownText(container).split('\n')).toHaveLength(2); // `{` and its `}`
    await expect.poll(() => document.fonts.check('16px codicon')).toBe(true);
    expect([...document.fonts].some((f) => f.family.replace(/"/g, '') === 'codicon' && f.status === 'loaded')).toBe(true);
  });

  test('toggles a line comment (Ctrl+/) and deletes a word (Ctrl+Backspace)', async () => {
    const { container, onChange } = setup({ language: 'js' }, 'let answer = 42');
    const editor = await mounted(container);
    await focusAtEnd(editor);
    await userEvent.keyboard('{Control>}/{/Control}');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('// let answer = 42');
    await userEvent.keyboard('{Control>}{Backspace}{/Control}');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('// let answer = ');
  });

  test('takes pasted text', async () => {
    const { container, onChange } = setup({ language: undefined });
    const editor = await mounted(container);
    await focusAtEnd(editor);
    const data = new DataTransfer();
    data.setData('text/plain', '{"pasted": true}');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe('{"pasted": true}');
  });

  test('follows the dark theme', async () => {
    const { container } = setup({}, '{}', 'dark');
    const editor = await mounted(container);
    await expect.poll(() => editor.classList.contains('vs-dark')).toBe(true);
  });
});

describe('the code editor in an ActionForm', () => {
  test('sends the typed JSON, parsed, and keeps the editor and its focus', async () => {
    const action: ParagonAction = { name: 'X', title: 'X', inputs: [{ id: 'payload', type: 'CODE', title: 'Payload', language: 'json' }] };
    const onChange = vi.fn();
    const { container } = render(
      <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={mockFetch(actionKitHandlers({}, newLog()))} queryClient={testQueryClient()}>
        <ActionForm schema={action} hideSubmit onChange={onChange} />
      </ActionKitProvider>,
    );
    const editor = await mounted(container);
    await focusAtEnd(editor);
    await userEvent.keyboard('{{"a": 1}');
    await expect.poll(() => onChange.mock.lastCall?.[0]).toEqual({ payload: { a: 1 } });
    expect(container.querySelector('.monaco-editor')).toBe(editor); // the same editor, not a remounted one
    expect(editor.classList.contains('focused')).toBe(true);
  });
});
