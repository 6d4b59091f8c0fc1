import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ActionForm, type Variable, type VariableRequest } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { TEXT_LIKE, VARIABLES } from './fixtures';

setupMockActionKit();

const OPEN = '{{{{';
const list = () => screen.getByRole('listbox', { name: 'Variables' });
const popup = () => list().parentElement as HTMLElement;

/** A `variables` function whose answers the test releases by search text, in any order. */
function deferredVariables() {
  const pending = new Map<string, { resolve(v: Variable[]): void; reject(e: Error): void }>();
  const requests: VariableRequest[] = [];
  const fn = (request: VariableRequest) =>
    new Promise<Variable[]>((resolve, reject) => {
      requests.push(request);
      pending.set(request.search, { resolve, reject });
    });
  const answer = (search: string, variables: Variable[]) => pending.get(search)?.resolve(variables);
  const fail = (search: string) => pending.get(search)?.reject(new Error('steps service down'));
  return { fn, requests, answer, fail, asked: (search: string) => pending.has(search) };
}

const matching = (search: string) => VARIABLES.filter((v) => v.label.toLowerCase().includes(search.toLowerCase()));

describe('a variables function', { timeout: 30_000 }, () => {
  test('is asked with the search and the input; a slow answer shows "Loading variables…" until it arrives', async () => {
    const vars = deferredVariables();
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={TEXT_LIKE} variables={vars.fn} />);
    await user.type(await screen.findByRole('textbox', { name: 'Message' }), OPEN);
    expect(within(popup()).getByRole('status')).toHaveTextContent('Loading variables…');
    expect(list()).toHaveAttribute('aria-busy', 'true');
    await waitUntil(() => vars.asked(''));
    expect(vars.requests[0]).toMatchObject({ search: '', input: { id: 'message', title: 'Message' } });
    vars.answer('', VARIABLES);
    expect(await within(list()).findByRole('option', { name: 'First name' })).toBeInTheDocument();
    expect(within(popup()).queryByText('Loading variables…')).not.toBeInTheDocument();
  });

  test('a late answer for an older search never replaces the newer one', async () => {
    const vars = deferredVariables();
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={TEXT_LIKE} variables={vars.fn} />);
    const message = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message, `${OPEN}e`);
    await waitUntil(() => vars.asked('e'));
    await user.keyboard('m');
    await waitUntil(() => vars.asked('em'));
    vars.answer('em', matching('em'));
    expect(await within(list()).findByRole('option', { name: 'Email' })).toBeInTheDocument();
    vars.answer('e', matching('e')); // the superseded search answers last
    await new Promise((r) => setTimeout(r, 50));
    expect(within(list()).getAllByRole('option').map((o) => o.querySelector('.akf-combobox__option-label')?.textContent)).toEqual(['Email']);
    await user.keyboard('{Enter}');
    expect(message).toHaveValue('{{1.output.contact.email}}');
  });

  test('a failure shows an alert with Retry; Retry asks again and shows the answer', async () => {
    const vars = deferredVariables();
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={TEXT_LIKE} variables={vars.fn} />);
    const message = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message, OPEN);
    await waitUntil(() => vars.asked(''));
    vars.fail('');
    const alert = await within(popup()).findByRole('alert');
    expect(alert).toHaveTextContent('Variables could not be loaded.');
    expect(alert).not.toHaveTextContent('steps service down');
    const before = vars.requests.length;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(message).toHaveFocus();
    await waitUntil(() => vars.requests.length > before);
    vars.answer('', VARIABLES);
    expect(await within(list()).findByRole('option', { name: 'Owner' })).toBeInTheDocument();
    expect(within(popup()).queryByRole('alert')).not.toBeInTheDocument();
  });

  test('two forms asking the same search for the same field each get their own answers', async () => {
    const user = userEvent.setup();
    const one = () => [{ value: '{{one}}', label: 'From form one' }];
    const two = () => [{ value: '{{two}}', label: 'From form two' }];
    renderWithProvider(
      <>
        <ActionForm schema={TEXT_LIKE} variables={one} />
        <ActionForm schema={TEXT_LIKE} variables={two} />
      </>,
    );
    const [first, second] = await screen.findAllByRole('textbox', { name: 'Message' });
    await user.type(first, OPEN);
    expect(await within(list()).findByRole('option', { name: 'From form one' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.type(second, OPEN);
    expect(await within(list()).findByRole('option', { name: 'From form two' })).toBeInTheDocument();
    expect(within(list()).queryByRole('option', { name: 'From form one' })).not.toBeInTheDocument();
  });

  test('tokens a function has answered are marked with their label; others are not called unknown', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={TEXT_LIKE} variables={({ search }) => matching(search)} />);
    const message = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message, `${OPEN}own`);
    expect(await within(list()).findByRole('option', { name: 'Owner' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(message).toHaveValue('{{settings.owner}}');
    await user.keyboard(' {{{{later.step}}');
    expect(message).toHaveValue('{{settings.owner}} {{later.step}}');
    const marks = [...(message.closest('.akf-vartext') as HTMLElement).querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.title])).toEqual([['{{settings.owner}}', 'Owner'], ['{{later.step}}', '']]);
  });

  test('a synchronous function works like a list', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={TEXT_LIKE} variables={({ search }) => matching(search)} />);
    const message = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message, `${OPEN}own`);
    expect(await within(list()).findByRole('option', { name: 'Owner' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(message).toHaveValue('{{settings.owner}}');
  });
});

/** Waits until a condition on the test's own fake holds (the request is debounced). */
async function waitUntil(condition: () => boolean) {
  await waitFor(() => expect(condition()).toBe(true));
}
