import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, type ActionFormHandle, type InputProps, type ParagonAction, type Parameters, type VariableSource } from '../../src';
import { useVariableSource } from '../../src/hooks';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { TEXT_LIKE, VARIABLES } from './fixtures';

const log = setupMockActionKit();

/** `{{` for user-event, where `{` starts a key name. */
const OPEN = '{{{{';

interface FormOptions {
  schema?: ParagonAction;
  variables?: VariableSource;
  onSubmit?: (p: Parameters) => void;
}

function renderForm(o: FormOptions = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn();
  renderWithProvider(
    <ActionForm schema={o.schema ?? TEXT_LIKE} variables={'variables' in o ? o.variables : VARIABLES} onChange={onChange} onSubmit={o.onSubmit} />,
  );
  return { user, onChange };
}

const queryList = () => screen.queryByRole('listbox', { name: 'Variables' });
const list = () => screen.getByRole('listbox', { name: 'Variables' });
const optionNames = () => within(list()).queryAllByRole('option').map((o) => o.querySelector('.akf-combobox__option-label')?.textContent);
const field = (name: string) => screen.findByRole('textbox', { name });
const buttonOf = (el: HTMLElement) => within(el.closest('.akf-field') as HTMLElement).queryByRole('button', { name: 'Insert variable' });
const caret = (el: HTMLElement) => (el as HTMLInputElement).selectionStart;

describe('typing {{ in a TEXT field', { timeout: 30_000 }, () => {
  test('opens the Variables list at the field; the text after {{ filters by label; Enter inserts the token, caret after it', async () => {
    const { user, onChange } = renderForm();
    const message = await field('Message');
    await user.type(message, `Hello ${OPEN}`);
    expect(message).toHaveAttribute('aria-controls', list().id);
    expect(optionNames()).toHaveLength(VARIABLES.length);
    await user.keyboard('fir');
    expect(optionNames()).toEqual(['First name']);
    expect(within(list()).getByRole('option', { name: 'First name' })).toHaveAccessibleDescription('Contact first name');
    await user.keyboard('{Enter}');
    expect(message).toHaveValue('Hello {{1.output.contact.firstname}}');
    expect(queryList()).not.toBeInTheDocument();
    expect(message).not.toHaveAttribute('aria-controls');
    expect(message).toHaveFocus();
    expect(caret(message)).toBe('Hello {{1.output.contact.firstname}}'.length);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ message: 'Hello {{1.output.contact.firstname}}' }));
    await user.keyboard('!'); // typing goes on after the token
    expect(message).toHaveValue('Hello {{1.output.contact.firstname}}!');
  });

  test('filters by token too, case-insensitively', async () => {
    const { user } = renderForm();
    await user.type(await field('Message'), `${OPEN}SETTINGS`);
    expect(optionNames()).toEqual(['Owner', 'Default channel']);
  });

  test('shows "No matching variables" when nothing matches, and Enter then submits nothing', async () => {
    const onSubmit = vi.fn();
    const { user } = renderForm({ onSubmit });
    await user.type(await field('Message'), `${OPEN}zzz`);
    expect(within(list().parentElement as HTMLElement).getByText('No matching variables')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('groups variables in groups named by their group', async () => {
    const { user } = renderForm();
    await user.type(await field('Message'), OPEN);
    const hubspot = within(list()).getByRole('group', { name: '1. HubSpot: Get contact' });
    expect(within(hubspot).getAllByRole('option').map((o) => o.id && o.querySelector('.akf-combobox__option-label')?.textContent)).toEqual(['First name', 'Last name', 'Email', 'Company']);
    const settings = within(list()).getByRole('group', { name: 'User settings' });
    expect(within(settings).getAllByRole('option')).toHaveLength(2);
  });

  test('ArrowDown/ArrowUp move the highlight (aria-activedescendant, wrapping); Tab inserts the highlighted one', async () => {
    const { user } = renderForm();
    const message = await field('Message');
    await user.type(message, OPEN);
    const options = within(list()).getAllByRole('option');
    expect(message).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(message).toHaveAttribute('aria-activedescendant', options[2].id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(message).toHaveAttribute('aria-activedescendant', options[options.length - 1].id);
    await user.keyboard('{Tab}');
    expect(message).toHaveValue('{{settings.channel}}');
    expect(message).toHaveFocus();
  });

  test('Escape closes the list and keeps the typed text; typing on does not reopen it', async () => {
    const { user } = renderForm();
    const message = await field('Message');
    await user.type(message, `Hi ${OPEN}fi`);
    await user.keyboard('{Escape}');
    expect(queryList()).not.toBeInTheDocument();
    expect(message).toHaveValue('Hi {{fi');
    expect(message).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('rst');
    expect(queryList()).not.toBeInTheDocument();
    expect(message).toHaveValue('Hi {{first');
  });

  test('Enter while the list is open never submits the form', async () => {
    const onSubmit = vi.fn();
    const { user } = renderForm({ onSubmit });
    const message = await field('Message');
    await user.type(message, `${OPEN}own{Enter}`);
    expect(message).toHaveValue('{{settings.owner}}');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.keyboard('{Enter}'); // list closed: Enter submits as in any text field
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ message: '{{settings.owner}}' }));
  });

  test('clicking an option inserts it', async () => {
    const { user } = renderForm();
    const message = await field('Message');
    await user.type(message, `Dear ${OPEN}`);
    await user.click(within(list()).getByRole('option', { name: 'Last name' }));
    expect(message).toHaveValue('Dear {{1.output.contact.lastname}}');
    expect(message).toHaveFocus();
    expect(queryList()).not.toBeInTheDocument();
  });

  test('inserts at the start and in the middle of the text, replacing only the typed {{query', async () => {
    const { user } = renderForm();
    const message = await field('Message');
    await user.type(message, ' world');
    (message as HTMLInputElement).setSelectionRange(0, 0);
    await user.keyboard(`${OPEN}email{Enter}`);
    expect(message).toHaveValue('{{1.output.contact.email}} world');
    expect(caret(message)).toBe('{{1.output.contact.email}}'.length);
    await user.clear(message);
    await user.type(message, 'Hello , welcome');
    (message as HTMLInputElement).setSelectionRange(6, 6);
    await user.keyboard(`${OPEN}first{Enter}`);
    expect(message).toHaveValue('Hello {{1.output.contact.firstname}}, welcome');
    expect(caret(message)).toBe('Hello {{1.output.contact.firstname}}'.length);
  });

  test('an inserted token clears the required error like typing does, and Run sends it verbatim', async () => {
    const { user } = renderForm();
    const message = await field('Message');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Message is required')).toBeInTheDocument();
    expect(message).toHaveAttribute('aria-invalid', 'true');
    await user.type(message, `Hi ${OPEN}own`);
    await user.keyboard('{Enter}');
    expect(message).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters).toEqual({ message: 'Hi {{settings.owner}}' });
  });
});

describe('the "Insert variable" button', { timeout: 30_000 }, () => {
  test('inserts at the end of a field that was never focused; focus returns to the field after the token', async () => {
    const { user } = renderForm();
    const note = await screen.findByRole('textbox', { name: 'Note' });
    await user.type(note, 'Line one');
    note.blur();
    // a field with text restored but never focused: the caret was never placed
    const message = await field('Message');
    await user.click(buttonOf(message) as HTMLElement);
    expect(message).toHaveFocus();
    expect(message).toHaveAttribute('aria-controls', list().id);
    expect(optionNames()).toHaveLength(VARIABLES.length);
    await user.click(within(list()).getByRole('option', { name: 'Company' }));
    expect(message).toHaveValue('{{1.output.contact.company}}');
    expect(message).toHaveFocus();
    expect(caret(message)).toBe('{{1.output.contact.company}}'.length);
  });

  test('inserts at the last caret position, chosen with the keyboard', async () => {
    const { user } = renderForm();
    const note = await screen.findByRole('textbox', { name: 'Note' });
    await user.type(note, 'Hi , bye');
    (note as HTMLTextAreaElement).setSelectionRange(3, 3);
    await user.click(buttonOf(note) as HTMLElement);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(note).toHaveValue('Hi {{1.output.contact.lastname}}, bye');
    expect(note).toHaveFocus();
    expect(caret(note)).toBe('Hi {{1.output.contact.lastname}}'.length);
  });

  test('NUMBER, EMAIL and URL fields take variables too', async () => {
    const { user, onChange } = renderForm();
    for (const [name, key] of [['Count', 'count'], ['Email', 'email'], ['Link', 'url']] as const) {
      const el = await field(name);
      expect(buttonOf(el)).toBeInTheDocument();
      await user.type(el, `${OPEN}owner{Enter}`);
      expect(el).toHaveValue('{{settings.owner}}');
      expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ [key]: '{{settings.owner}}' }));
    }
  });
});

describe('where no variables are offered', { timeout: 30_000 }, () => {
  test('_NO_VARS and PASSWORD fields have no button, and {{ there is literal text', async () => {
    const { user } = renderForm();
    for (const el of [await field('Internal note'), await field('Plain'), screen.getByLabelText('Secret')]) {
      expect(buttonOf(el)).not.toBeInTheDocument();
      await user.type(el, `a${OPEN}b`);
      expect(queryList()).not.toBeInTheDocument();
      expect(el).toHaveValue('a{{b');
      expect(el).not.toHaveAttribute('aria-autocomplete');
    }
  });

  test('without variables there is no button anywhere and {{ opens nothing; tokens are still sent verbatim', async () => {
    const { user } = renderForm({ variables: undefined });
    const message = await field('Message');
    expect(screen.queryAllByRole('button', { name: 'Insert variable' })).toEqual([]);
    await user.type(message, `Hi ${OPEN}settings.owner}}`);
    expect(queryList()).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters).toEqual({ message: 'Hi {{settings.owner}}' });
  });
});

describe('token marks', { timeout: 30_000 }, () => {
  test('marks known tokens with their label and unknown ones as unknown, never as an error', async () => {
    const { user } = renderForm();
    const message = await field('Message');
    await user.type(message, `Hi ${OPEN}settings.owner}} and ${OPEN}`);
    await user.keyboard('{Escape}');
    await user.type(message, 'step9.x}}');
    const marks = [...(message.closest('.akf-vartext') as HTMLElement).querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.title])).toEqual([
      ['{{settings.owner}}', 'Owner'],
      ['{{step9.x}}', '{{step9.x}}: not a variable of this step'],
    ]);
    expect(message).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters).toEqual({ message: 'Hi {{settings.owner}} and {{step9.x}}' });
  });
});

describe('stable variables', { timeout: 30_000 }, () => {
  test('a host re-rendering with an inline list of the same content re-renders no variable consumer; new content reaches the fields', async () => {
    let renders = 0;
    function Reader(props: InputProps<string>) {
      renders++;
      const source = useVariableSource();
      return <input id={props.ids.control} ref={props.inputRef} data-count={source?.kind === 'list' ? source.list.length : 0} />;
    }
    const schema: ParagonAction = { name: 'A', title: 'A', inputs: [{ id: 'x', type: 'TEXT', title: 'X' }] };
    let setExtra: (n: number) => void = () => {};
    let rerender: () => void = () => {};
    function Host() {
      const [extra, setN] = useState(0);
      const [, tick] = useState(0);
      setExtra = setN;
      rerender = () => tick((t) => t + 1);
      const variables = [...VARIABLES.map((v) => ({ ...v })), ...Array.from({ length: extra }, (_, i) => ({ value: `{{x${i}}}`, label: `X${i}` }))];
      return <ActionForm schema={schema} variables={variables} components={{ TEXT: Reader }} />;
    }
    renderWithProvider(<Host />);
    const x = await screen.findByRole('textbox', { name: 'X' });
    renders = 0;
    act(() => rerender());
    act(() => rerender());
    expect(renders).toBe(0);
    act(() => setExtra(1));
    expect(x).toHaveAttribute('data-count', String(VARIABLES.length + 1));
  });

  test('an inline function re-created per render asks again only for a new search, and the latest function answers', async () => {
    const calls: string[] = [];
    let rerender: () => void = () => {};
    let prefix = 'A';
    function Host() {
      const [, tick] = useState(0);
      rerender = () => tick((t) => t + 1);
      const current = prefix;
      return <ActionForm schema={TEXT_LIKE} variables={({ search }) => (calls.push(`${current}:${search}`), [{ value: `{{${current}.${search}}}`, label: `${current}:${search}` }])} />;
    }
    const user = userEvent.setup();
    renderWithProvider(<Host />);
    const message = await field('Message');
    await user.type(message, OPEN);
    expect(await within(list()).findByRole('option', { name: 'A:' })).toBeInTheDocument();
    act(() => rerender());
    act(() => rerender());
    expect(calls).toEqual(['A:']);
    prefix = 'B';
    act(() => rerender());
    await user.keyboard('q');
    expect(await within(list()).findByRole('option', { name: 'B:q' })).toBeInTheDocument();
    expect(calls).toEqual(['A:', 'B:q']);
  });
});

describe('restored and reset text', { timeout: 30_000 }, () => {
  test('tokens in saved values are marked, and marks follow reset()', async () => {
    const user = userEvent.setup();
    const ref = createRef<ActionFormHandle>();
    renderWithProvider(<ActionForm ref={ref} schema={TEXT_LIKE} variables={VARIABLES} defaultValues={{ message: 'Hi {{settings.owner}}' }} />);
    const message = await field('Message');
    const marks = () => [...(message.closest('.akf-vartext') as HTMLElement).querySelectorAll('mark')].map((m) => m.textContent);
    await waitFor(() => expect(marks()).toEqual(['{{settings.owner}}']));
    await user.clear(message);
    await user.type(message, `${OPEN}email{Enter}`);
    expect(marks()).toEqual(['{{1.output.contact.email}}']);
    act(() => ref.current?.reset());
    expect(message).toHaveValue('Hi {{settings.owner}}');
    await waitFor(() => expect(marks()).toEqual(['{{settings.owner}}']));
  });
});
