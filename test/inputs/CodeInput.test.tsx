import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InputProps } from '../../src/inputs/types';
import type { ParagonInput } from '../../src/schema';
import setupSource from '../../src/inputs/code/monacoSetup.ts?raw';

const EDITOR_MODULE = '../../src/inputs/code/MonacoEditor';

type CodeInputComponent = ComponentType<InputProps<string>>;

interface HarnessOptions {
  input?: Partial<ParagonInput>;
  initial?: string;
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
}

function setup(CodeInput: CodeInputComponent, options: HarnessOptions = {}) {
  const onChange = vi.fn();
  const onBlur = vi.fn();
  const inputRef = vi.fn();
  const input: ParagonInput = { id: 'payload', type: 'CODE', title: 'Payload', language: 'json', ...options.input };
  function Harness() {
    const [value, setValue] = useState(options.initial ?? '');
    return (
      <>
        <label id="payload-label" htmlFor="payload-control">Payload</label>
        <p id="payload-help">JSON sent as the body</p>
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
          describedBy="payload-help"
          invalid={options.invalid ?? false}
          required={options.required ?? false}
          disabled={options.disabled ?? false}
          groups={[]}
          context={{ actionName: 'X' }}
        />
        <button type="button">Elsewhere</button>
      </>
    );
  }
  render(<Harness />);
  return { onChange, onBlur, inputRef, user: userEvent.setup() };
}

/** Make jsdom pass for a browser, so CodeInput tries to load the editor chunk. */
function pretendRealBrowser() {
  vi.spyOn(Object.getPrototypeOf(window.navigator), 'userAgent', 'get').mockReturnValue('Mozilla/5.0 Chrome/156.0');
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
}

afterEach(() => {
  vi.doUnmock(EDITOR_MODULE);
  vi.resetModules();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('CodeInput in jsdom (the plain textarea)', () => {
  it('never loads Monaco in a DOM emulator', async () => {
    const loaded = vi.fn();
    vi.doMock(EDITOR_MODULE, () => {
      loaded();
      return { default: () => null };
    });
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    setup(CodeInput);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(loaded).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Payload' })).toHaveClass('akf-code__fallback');
  });

  it('renders a labelled, described monospace textbox that accepts typing', async () => {
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    const { onChange, onBlur, inputRef, user } = setup(CodeInput, {
      input: { placeholder: '{ "text": "Hi" }', lines: 8 },
      invalid: true,
      required: true,
    });
    const box = screen.getByRole('textbox', { name: 'Payload' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveClass('akf-code__fallback');
    expect(box).toHaveAttribute('id', 'payload-control');
    expect(box).toHaveAttribute('name', 'f0');
    expect(box).toHaveAttribute('rows', '8');
    expect(box).toHaveAttribute('placeholder', '{ "text": "Hi" }');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAttribute('aria-required', 'true');
    expect(box).toHaveAccessibleDescription('JSON sent as the body');
    expect(box.style.fontFamily).toMatch(/monospace/);
    expect(box.closest('.akf-code')).toHaveAttribute('data-invalid');
    expect(inputRef).toHaveBeenLastCalledWith(box);

    // `{` starts a user-event key descriptor; `{{` types a literal brace.
    await user.type(box, '{{"a": "{{{{1.output}}"}');
    expect(onChange).toHaveBeenLastCalledWith('{"a": "{{1.output}}"}');
    expect(box).toHaveValue('{"a": "{{1.output}}"}');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(onBlur).toHaveBeenCalled();
  });

  it('leaves aria-invalid and aria-required off a valid optional field and defaults to 6 rows', async () => {
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    setup(CodeInput, { input: { lines: undefined } });
    const box = screen.getByRole('textbox', { name: 'Payload' });
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAttribute('aria-required');
    expect(box).toHaveAttribute('rows', '6');
  });

  it('is disabled when the field is', async () => {
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    setup(CodeInput, { disabled: true, initial: '{}' });
    expect(screen.getByRole('textbox', { name: 'Payload' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Payload' })).toHaveValue('{}');
  });
});

describe('CodeInput when the editor chunk fails to load', () => {
  it('keeps the textarea for good, with the typed text, the caret and the focus', async () => {
    pretendRealBrowser();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    let fail!: () => void;
    const gate = new Promise<void>((resolve) => {
      fail = resolve;
    });
    vi.doMock(EDITOR_MODULE, async () => {
      await gate;
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    const { onChange, user } = setup(CodeInput, { initial: '' });

    await user.type(screen.getByRole('textbox', { name: 'Payload' }), 'abc');
    await act(async () => {
      fail();
      await gate;
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('[actionkit-form]'), expect.any(Error)));

    const box = screen.getByRole('textbox', { name: 'Payload' });
    expect(box).toHaveValue('abc');
    expect(box).toHaveFocus();
    await user.keyboard('d');
    expect(box).toHaveValue('abcd');
    expect(onChange).toHaveBeenLastCalledWith('abcd');
  });

  it('also when the module throws as it is imported', async () => {
    pretendRealBrowser();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock(EDITOR_MODULE, () => {
      throw new Error('boom');
    });
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    const { onChange, user } = setup(CodeInput, { initial: '{"a": 1}' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    const box = screen.getByRole('textbox', { name: 'Payload' });
    expect(box).toHaveValue('{"a": 1}');
    await user.clear(box);
    await user.type(box, 'x');
    expect(onChange).toHaveBeenLastCalledWith('x');
  });
});

describe('CodeInput in an ActionForm', () => {
  it('keeps its control and the focus while typing, also when the field rendered before its chunk loaded', async () => {
    vi.resetModules(); // a registry whose controls test/setup-controls.ts has not preloaded
    const { ActionForm } = await import('../../src');
    const { renderWithProvider } = await import('../support/render');
    const onChange = vi.fn();
    const schema = { name: 'X', title: 'X', inputs: [{ id: 'payload', type: 'CODE', title: 'Payload', language: 'json' }] };
    renderWithProvider(<ActionForm schema={schema} hideSubmit onChange={onChange} />);
    const box = await screen.findByRole('textbox', { name: 'Payload' });
    const user = userEvent.setup();
    await user.type(box, '{{"a": 1}');
    expect(onChange).toHaveBeenLastCalledWith({ payload: { a: 1 } });
    expect(screen.getByRole('textbox', { name: 'Payload' })).toBe(box); // not remounted after the first keystroke
    expect(box).toHaveFocus();
  });
});

describe('CodeInput and the host’s Monaco', () => {
  const SETUP_MODULE = '../../src/inputs/code/monacoSetup';

  /** A loader holding `instance`, a stand-in editor, and our Monaco setup recorded as it loads. */
  function mockEditorChunks(instance: unknown) {
    const loaded: string[] = [];
    vi.doMock('@monaco-editor/react', () => ({ loader: { __getMonacoInstance: () => instance } }));
    const Editor = () => <p>{instance || loaded.includes('installed') ? 'editor ready' : 'editor without Monaco'}</p>;
    vi.doMock(EDITOR_MODULE, () => ({ default: Editor }));
    vi.doMock(SETUP_MODULE, () => {
      loaded.push('bundled Monaco');
      return { installBundledMonaco: () => loaded.push('installed') };
    });
    return loaded;
  }

  afterEach(() => {
    vi.doUnmock('@monaco-editor/react');
    vi.doUnmock(SETUP_MODULE);
  });

  it('uses a Monaco the host gave the loader and never loads ours', async () => {
    pretendRealBrowser();
    const loaded = mockEditorChunks({ editor: {}, languages: {} });
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    setup(CodeInput);
    expect(await screen.findByText('editor ready')).toBeInTheDocument();
    expect(loaded).toEqual([]);
  });

  it('installs our Monaco before the editor renders when the host has none', async () => {
    pretendRealBrowser();
    const loaded = mockEditorChunks(null);
    const { CodeInput } = await import('../../src/inputs/code/CodeInput');
    setup(CodeInput);
    expect(await screen.findByText('editor ready')).toBeInTheDocument();
    expect(loaded).toEqual(['bundled Monaco', 'installed']);
  });
});

describe('monacoSetup (the editor chunk’s Monaco wiring)', () => {
  class FakeWorker {
    constructor(readonly kind: string) {}
  }
  const loader = { config: vi.fn(), __getMonacoInstance: vi.fn((): unknown => null) };
  const monaco = {
    languages: {
      getLanguages: () => [
        { id: 'json', aliases: ['JSON', 'json'], extensions: ['.json'] },
        { id: 'javascript', aliases: ['JavaScript', 'javascript', 'js'], extensions: ['.js'] },
        { id: 'yaml', aliases: ['YAML', 'yaml', 'YML', 'yml'], extensions: ['.yaml', '.yml'] },
      ],
    },
  };
  // Monaco's contributions and languages need a real browser: stub every side-effect import.
  const sideEffectImports = [...setupSource.matchAll(/^import '([^']+)';/gm)].map((m) => m[1]);

  async function importSetup() {
    vi.doMock('@monaco-editor/react', () => ({ loader }));
    vi.doMock('monaco-editor/editor/editor.api', () => monaco);
    vi.doMock('monaco-editor/editor/editor.worker?worker', () => ({ default: class extends FakeWorker { constructor() { super('editor'); } } }));
    vi.doMock('monaco-editor/languages/features/json/json.worker?worker', () => ({ default: class extends FakeWorker { constructor() { super('json'); } } }));
    for (const path of sideEffectImports) vi.doMock(path, () => ({}));
    return import('../../src/inputs/code/monacoSetup');
  }

  const env = globalThis as { MonacoEnvironment?: { getWorker?: (id: string, label: string) => unknown; getWorkerUrl?: () => string } };

  afterEach(() => {
    delete env.MonacoEnvironment;
    vi.doUnmock('@monaco-editor/react');
    loader.config.mockClear();
    loader.__getMonacoInstance.mockReset().mockReturnValue(null);
  });

  it('gives Monaco the bundled editor and JSON workers and the local Monaco, never the CDN', async () => {
    expect(sideEffectImports).toContain('monaco-editor/languages/features/json/register');
    const { installBundledMonaco } = await importSetup();
    expect(loader.config).not.toHaveBeenCalled(); // nothing happens at import
    installBundledMonaco();
    expect((env.MonacoEnvironment?.getWorker?.('workerMain.js', 'json') as FakeWorker).kind).toBe('json');
    expect((env.MonacoEnvironment?.getWorker?.('workerMain.js', 'editorWorkerService') as FakeWorker).kind).toBe('editor');
    expect(loader.config).toHaveBeenCalledWith({ monaco });
  });

  it('keeps a host’s own worker setup and Monaco instance', async () => {
    const getWorkerUrl = () => '/host/worker.js';
    env.MonacoEnvironment = { getWorkerUrl };
    loader.__getMonacoInstance.mockReturnValue({ host: true });
    const { installBundledMonaco } = await importSetup();
    installBundledMonaco();
    expect(env.MonacoEnvironment).toEqual({ getWorkerUrl });
    expect(loader.config).not.toHaveBeenCalled();
  });

  it('maps schema language names to the ids of the Monaco in use', async () => {
    vi.doMock('@monaco-editor/react', () => ({ loader }));
    loader.__getMonacoInstance.mockReturnValue(monaco);
    const { monacoLanguage } = await import('../../src/inputs/code/monacoLanguage');
    expect(monacoLanguage('json')).toBe('json');
    expect(monacoLanguage(' JSON ')).toBe('json');
    expect(monacoLanguage('js')).toBe('javascript');
    expect(monacoLanguage('yml')).toBe('yaml');
    expect(monacoLanguage('cobol')).toBe('plaintext');
    expect(monacoLanguage(undefined)).toBe('plaintext');
  });
});
