import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { MOCK_BASE_URL, MOCK_OPTIONS_BASE_URL } from '../msw/actionKitHandlers';
import { FAULTS, faultUntilRecovered, LEAK_SIGNATURE, LEAK_TOKEN } from '../support/faults';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit() as ReturnType<typeof setupMockActionKit> & { server: SetupServerApi };
const TOOLS = `${MOCK_BASE_URL}/projects/:p/tools`;
const LIST = `${MOCK_BASE_URL}/projects/:p/actions`;
const OPTIONS = `${MOCK_OPTIONS_BASE_URL}/projects/:p/sdk/actions`;
const SECRETS = [LEAK_TOKEN, LEAK_SIGNATURE];
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
// every role the library renders, so each accessible name and description is computed and scanned
const ROLES = ['alert', 'button', 'checkbox', 'combobox', 'dialog', 'form', 'group', 'heading', 'link', 'list', 'listbox', 'listitem', 'note', 'option', 'region', 'spinbutton', 'status', 'switch', 'textbox'];

/** Accessible names and descriptions of every element with one of `ROLES`, as assistive tech would read them. */
function accessibleTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const collect = (role: string, kind: string) => (text: string) => {
    out.push([`the accessible ${kind} of a ${role}`, text]);
    return true;
  };
  for (const role of ROLES) screen.queryAllByRole(role, { hidden: true, name: collect(role, 'name'), description: collect(role, 'description') });
  return out;
}

/** Everything an error carries that a host could log or show: message, detail, field errors, stack, causes. */
function textOf(value: unknown, depth = 0): string {
  if (depth > 5) return '';
  if (value instanceof Error) {
    const { detail, fieldErrors, requestId } = value as Error & { detail?: unknown; fieldErrors?: unknown; requestId?: unknown };
    return [value.name, value.message, value.stack, detail, requestId, JSON.stringify(fieldErrors ?? null), textOf(value.cause, depth + 1)].join('\n');
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const consoleCalls: unknown[][] = [];
const requests: Array<{ url: string; body: string }> = [];
const errors: unknown[] = [];

beforeEach(() => {
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(args);
    });
  }
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push({ url, body: typeof init?.body === 'string' ? init.body : '' });
    return realFetch(input, init);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  consoleCalls.length = 0;
  requests.length = 0;
  errors.length = 0;
});

/** Fails the test, naming the place, if the token or its signature shows anywhere a user, log or URL could carry it. */
function expectNoTokenAnywhere() {
  const places: Array<[string, string]> = [['the DOM', document.body.outerHTML], ...accessibleTexts()];
  consoleCalls.forEach((args, i) => places.push([`console call ${i}`, args.map((a) => textOf(a)).join(' ')]));
  requests.forEach(({ url, body }) => places.push([`the request URL ${url}`, url], [`the body sent to ${url}`, body]));
  errors.forEach((error, i) => places.push([`error ${i} given to onError`, textOf(error)]));
  for (const [where, text] of places) {
    for (const secret of SECRETS) expect(text.includes(secret), `the token leaks into ${where}`).toBe(false);
  }
}

const schema: ParagonAction = {
  name: 'SLACK_SEND_MESSAGE',
  title: 'Send message',
  inputs: [
    { id: 'message', type: 'TEXT', title: 'Message', required: true },
    { id: 'channel', type: 'DYNAMIC_ENUM', title: 'Channel', sourceType: 'channels' },
  ],
};

describe('the scan itself', () => {
  test('catches a token planted in the DOM, the console, a URL or an error', async () => {
    const planted = [
      () => document.body.insertAdjacentHTML('beforeend', `<p data-x="${LEAK_SIGNATURE}"></p>`),
      () => console.warn('token is', LEAK_TOKEN),
      () => void fetch(`${MOCK_BASE_URL}/projects/p/actions?format=paragon&t=${LEAK_SIGNATURE}`).catch(() => undefined),
      () => errors.push(new Error('failed', { cause: new Error(`with ${LEAK_TOKEN}`) })),
    ];
    for (const plant of planted) {
      plant();
      expect(expectNoTokenAnywhere).toThrow(/the token leaks into/);
      document.body.innerHTML = '';
      consoleCalls.length = 0;
      requests.length = 0;
      errors.length = 0;
    }
  });
});

describe('the token never leaks', () => {
  test.each(FAULTS)('through a Run and an options load failing with $name, then succeeding', async (fault) => {
    const run = faultUntilRecovered(mock.server, 'post', TOOLS, fault);
    const options = faultUntilRecovered(mock.server, 'post', OPTIONS, fault, () => HttpResponse.json({ output: ['general'] }));
    const fetch: typeof globalThis.fetch = (input, init) => (String(input).startsWith(MOCK_OPTIONS_BASE_URL) ? options.fetch : run.fetch)(input, init);
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="slack" onError={(e) => errors.push(e)} />, { token: LEAK_TOKEN, fetch });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello');
    await user.click(screen.getByRole('combobox', { name: 'Channel' }));
    const optionsAlert = await screen.findByRole('alert');
    expect(optionsAlert).toHaveTextContent('Options could not be loaded');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('The action could not be run.')).toBeInTheDocument();
    expect(errors).toHaveLength(1);
    expectNoTokenAnywhere();

    run.recover();
    options.recover();
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Action ran successfully.')).toBeInTheDocument();
    expectNoTokenAnywhere();
  });

  test.each(FAULTS)('through a form whose schema fails to load with $name', async (fault) => {
    const list = faultUntilRecovered(mock.server, 'get', LIST, fault);
    const user = userEvent.setup();
    renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />, { token: () => LEAK_TOKEN, fetch: list.fetch });
    const alert = await screen.findByRole('alert');
    expectNoTokenAnywhere();
    list.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
    expectNoTokenAnywhere();
  });

  test('through the warning about a custom baseUrl without an options host', () => {
    renderWithProvider(<ActionForm schema={schema} integration="slack" />, { token: LEAK_TOKEN, baseUrl: 'https://proxy.example' });
    expect(consoleCalls.some((args) => String(args[0]).startsWith('[actionkit-form]'))).toBe(true);
    expectNoTokenAnywhere();
  });
});

const HTML = '<img src="x" onerror="window.__akfPwned=1"><script>window.__akfPwned=1</script><b>bold</b>';
const injected = () => document.querySelectorAll('img, script, b, iframe, [onerror]');

describe('text from the schema and the server renders as text', () => {
  test('labels, subtitles and option labels', async () => {
    const hostile: ParagonAction = {
      name: 'HOSTILE',
      title: `Title ${HTML}`,
      inputs: [
        { id: 'name', type: 'TEXT', title: `Name ${HTML}`, subtitle: `Sub ${HTML}` },
        { id: 'pick', type: 'ENUM', title: 'Pick', values: [{ value: 'a', label: `Option ${HTML}` }, 'plain'] },
        { id: 'safe', type: 'TEXT', title: 'Safe link', subtitle: 'Read the docs (https://docs.example.com/fields)' },
        { id: 'evil', type: 'TEXT', title: 'Evil link', subtitle: 'Click (javascript:window.__akfPwned=1)' },
        { id: 'data', type: 'TEXT', title: 'Data link', subtitle: 'Open (data:text/html,<script>1</script>)' },
      ],
    };
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={hostile} />);
    expect(screen.getByRole('form', { name: `Title ${HTML}` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Name ${HTML}` })).toHaveAccessibleDescription(`Sub ${HTML}`);
    await user.click(screen.getByRole('combobox', { name: 'Pick' }));
    expect(await screen.findByRole('option', { name: `Option ${HTML}` })).toBeInTheDocument();
    expect(injected()).toHaveLength(0);
    await user.keyboard('{Escape}');

    const links = screen.getAllByRole('link', { hidden: true });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://docs.example.com/fields']);
    expect(document.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Evil link' })).toHaveAccessibleDescription('Click (javascript:window.__akfPwned=1)');
    expect((window as { __akfPwned?: number }).__akfPwned).toBeUndefined();
  });

  test('a server error message and a Run result', async () => {
    let failing = true;
    mock.server.use(http.post(TOOLS, () => (failing ? HttpResponse.json({ message: `Upstream said ${HTML}` }, { status: 500 }) : HttpResponse.json({ html: HTML }))));
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="slack" />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('The action could not be run.')).toBeInTheDocument();
    expect(screen.getByText(`Upstream said ${HTML}`)).toBeInTheDocument();
    expect(injected()).toHaveLength(0);
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Action ran successfully.')).toBeInTheDocument();
    // the result is shown as JSON text, so its quotes are escaped
    expect(document.querySelector('.akf-result')).toHaveTextContent(HTML.replace(/"/g, '\\"'));
    expect(injected()).toHaveLength(0);
    expect((window as { __akfPwned?: number }).__akfPwned).toBeUndefined();
  });
});
