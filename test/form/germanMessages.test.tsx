import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ActionForm, TriggerForm, type InputComponent, type ParagonAction } from '../../src';
import { messagesDe } from '../../stories/support/messages.de';
import { actionsByName } from '../fixtures';
import { MOCK_BASE_URL, MOCK_OPTIONS_BASE_URL } from '../msw/actionKitHandlers';
import { mockSubscriptionSeeds } from '../msw/triggerHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { everyTypeAction } from '../support/everyTypeAction';
import { englishShown, messageTexts, schemaStrings } from '../support/noEnglish';

const mock = setupMockActionKit();
afterEach(() => onlineManager.setOnline(true));

const de = messagesDe;
const LIST = `${MOCK_BASE_URL}/projects/:p/actions`;
const RUN = `${MOCK_BASE_URL}/projects/:p/tools`;
const SLOW = 30_000;
/** Fails with the English strings found, so a missing translation names itself. */
const expectNoEnglish = (data: string[] = []) => expect(englishShown(data)).toEqual([]);

const fieldOf = (type: string) => `Feld ${type}`;

describe('with a complete German ActionFormMessages no English string of the library is shown or announced', () => {
  test('the check itself finds English: defaults, functions with sample arguments, operator labels', () => {
    const texts = messageTexts();
    expect(texts).toEqual(expect.arrayContaining(['Run action', 'is required', 'Use "', 'exactly matches', 'Select', 'first']));
    document.body.innerHTML = '<p>Betreff is required</p><button aria-label="Remove pair">×</button><p>Vorgang oder Wort</p>';
    expect(englishShown()).toEqual(['"is required" in "Betreff is required"', '"Remove pair" in "Remove pair"']);
    document.body.innerHTML = '';
  }, SLOW);

  test('every input type, its placeholders, popups and clear buttons, validation and format errors, filter and pair rows', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={everyTypeAction} integration="test" />, { messages: de });
    await screen.findByRole('form', { name: 'Alle Typen' });
    expect(screen.getByRole('button', { name: 'Farbe leeren' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Mehr erfahren/ })).toBeInTheDocument();
    expectNoEnglish();

    // required: every field says so in German
    await user.click(screen.getByRole('button', { name: de.runAction }));
    expect(await screen.findByText(de.required(fieldOf('TEXT')))).toBeInTheDocument();
    expect(screen.getByText(de.filterRequired(fieldOf('CONDITIONAL')))).toBeInTheDocument();
    expect(mock.runs).toHaveLength(0);
    expectNoEnglish();

    // format errors
    await user.type(screen.getByRole('textbox', { name: fieldOf('NUMBER') }), 'abc');
    await user.type(screen.getByRole('textbox', { name: fieldOf('EMAIL') }), 'x');
    await user.type(screen.getByRole('textbox', { name: fieldOf('URL') }), 'x');
    await user.type(screen.getByRole('textbox', { name: fieldOf('CODE') }), '[[');
    await user.click(screen.getByRole('button', { name: de.runAction }));
    expect(await screen.findByText(de.notANumber(fieldOf('NUMBER')))).toBeInTheDocument();
    expect(screen.getByText(de.notAnEmail(fieldOf('EMAIL')))).toBeInTheDocument();
    expect(screen.getByText(de.notAUrl(fieldOf('URL')))).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${fieldOf('CODE')} muss gültiges JSON sein`))).toBeInTheDocument();
    expectNoEnglish();

    // an editable list offers the typed text; the ENUM list opens
    const editable = screen.getByRole('combobox', { name: fieldOf('EDITABLE_ENUM') });
    await user.type(editable, 'Partner');
    expect(await screen.findByRole('option', { name: de.useTyped('Partner') })).toBeInTheDocument();
    expectNoEnglish();
    await user.keyboard('{Escape}');
    const dynamic = screen.getByRole('combobox', { name: fieldOf('DYNAMIC_ENUM') });
    await user.click(dynamic);
    expect(await screen.findByText(de.typeValue)).toBeInTheDocument();
    expectNoEnglish();
    await user.keyboard('{Escape}');

    // pair rows
    const pairs = screen.getByRole('group', { name: fieldOf('EnumTextAreaPairInput') });
    await user.click(within(pairs).getByRole('button', { name: de.addPair }));
    expect(within(pairs).getAllByRole('button', { name: de.removePair })).toHaveLength(2);
    expect(within(pairs).getAllByRole('combobox', { name: de.key })).toHaveLength(2);
    expectNoEnglish();

    // the filter: a complete row (summary), an OR group, a list value
    const filter = screen.getByRole('group', { name: fieldOf('CONDITIONAL') });
    await user.type(within(filter).getByRole('combobox', { name: de.field }), 'status{Enter}');
    await user.selectOptions(within(filter).getByRole('combobox', { name: de.operator }), de.operators.$stringExactlyMatches);
    await user.type(within(filter).getByRole('textbox', { name: de.value }), 'offen');
    expect(await within(filter).findByText(de.filterSummary(`status ${de.operators.$stringExactlyMatches} offen`))).toBeInTheDocument();
    await user.click(within(filter).getByRole('button', { name: de.addOrGroup }));
    expect(within(filter).getByRole('group', { name: de.conditionGroup(2) })).toBeInTheDocument();
    expect(within(filter).getAllByRole('button', { name: de.removeCondition })).toHaveLength(2);
    expectNoEnglish();
  }, SLOW);

  test('a run: the announcement and result; then a failed run: the alert with its message, status and request id', async () => {
    const user = userEvent.setup();
    const schema: ParagonAction = { name: 'DE_RUN', title: 'Ausführen', inputs: [{ id: 'betreff', title: 'Betreff', type: 'TEXT' }] };
    renderWithProvider(<ActionForm schema={schema} messages={de} />);
    await user.click(screen.getByRole('button', { name: de.runAction }));
    expect(await screen.findByText(de.ranSuccessfully)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: de.copy })).toBeInTheDocument();
    expectNoEnglish();

    mock.server.use(http.post(RUN, () => new HttpResponse('', { status: 500, headers: { 'X-Request-Id': 'req-777' } })));
    await user.click(screen.getByRole('button', { name: de.runAction }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(de.runFailed);
    expect(alert).toHaveTextContent(de.errorServer(500));
    expect(alert).toHaveTextContent(`${de.httpStatus(500)} · ${de.requestId} req-777`);
    expectNoEnglish();
  }, SLOW);

  test('save mode, an empty schema, a malformed one and a control that crashes', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken: InputComponent = () => {
      throw new Error('kaputt');
    };
    const schema: ParagonAction = { name: 'DE_SAVE', title: 'Speichern', inputs: [{ id: 'a', title: 'Kaputt', type: 'TEXT' }, { id: '', title: 'Ohne Id', type: 'TEXT' }] };
    const { unmount } = renderWithProvider(<ActionForm schema={schema} onSubmit={() => {}} components={{ TEXT: Broken }} />, { messages: de });
    expect(screen.getByText(de.fieldFailed('Kaputt', 'kaputt'))).toBeInTheDocument();
    expect(screen.getByText(de.problemsTitle)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: de.save }));
    expect(await screen.findByText(de.saved)).toBeInTheDocument();
    expectNoEnglish();
    unmount();
    renderWithProvider(<ActionForm schema={{ name: 'DE_EMPTY', title: 'Leer', inputs: [] }} />, { messages: de });
    expect(screen.getByText(de.noInputs)).toBeInTheDocument();
    expectNoEnglish();
    vi.restoreAllMocks();
  }, SLOW);

  test('loading, the loaded fixture form with its reload button, not found, offline and session states', async () => {
    const loaded = renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />, { messages: de });
    expect(screen.getByRole('status')).toHaveTextContent(de.loadingAction);
    expectNoEnglish();
    await screen.findByRole('button', { name: de.reloadFields });
    expectNoEnglish(schemaStrings(actionsByName.ZENDESK_SEARCH_TICKETS));
    loaded.unmount();

    const missing = renderWithProvider(<ActionForm action="NOPE_DOES_NOT_EXIST" />, { messages: de });
    expect(await screen.findByRole('alert')).toHaveTextContent(de.actionMissing('NOPE_DOES_NOT_EXIST'));
    expectNoEnglish();
    missing.unmount();

    onlineManager.setOnline(false);
    const offline = renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />, { messages: de });
    expect(await screen.findByText(de.offline)).toBeInTheDocument();
    expectNoEnglish();
    offline.unmount();
    onlineManager.setOnline(true);

    mock.server.use(http.get(LIST, () => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })));
    renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />, { messages: de });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(de.sessionExpired);
    expect(alert).toHaveTextContent(de.errorUnauthorized);
    expect(within(alert).getByRole('button', { name: de.retry })).toBeInTheDocument();
    expectNoEnglish();
  }, SLOW);

  test('dynamic options: a dependent field says what to select first; a failed load says so with Retry', async () => {
    const user = userEvent.setup();
    mock.server.use(http.post(`${MOCK_OPTIONS_BASE_URL}/projects/:p/sdk/actions`, () => new HttpResponse('', { status: 503 })));
    renderWithProvider(<ActionForm action="JIRA_CREATE_ISSUE" />, { messages: de });
    const issueType = await screen.findByRole('combobox', { name: 'Issue Type' });
    expect(issueType).toHaveAttribute('placeholder', de.selectFirst('Project'));
    const data = schemaStrings(actionsByName.JIRA_CREATE_ISSUE);
    expectNoEnglish(data);

    await user.click(screen.getByRole('combobox', { name: 'Project' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(de.optionsFailed(de.errorServer(503))), { timeout: 5000 });
    expect(screen.getByRole('button', { name: de.retry })).toBeInTheDocument();
    expectNoEnglish(data);
  }, SLOW);

  test('every fixture Action renders without an English string of the library', async () => {
    for (const [name, schema] of Object.entries(actionsByName)) {
      const { unmount } = renderWithProvider(<ActionForm schema={schema} integration={name.split('_')[0].toLowerCase()} />, { messages: de });
      await screen.findByRole('form');
      expect(englishShown(schemaStrings(schema)), name).toEqual([]);
      unmount();
    }
  }, SLOW);

  test('TriggerForm: loading, subscribe and its announcement; an errored subscription, the example payload and unsubscribing', async () => {
    const user = userEvent.setup();
    const create = renderWithProvider(<TriggerForm trigger="SALESFORCE_TRIGGER_RECORD_CREATED" messages={de} />);
    expect(screen.getByRole('status')).toHaveTextContent(de.loadingTrigger);
    expectNoEnglish();
    await user.click(await screen.findByRole('combobox', { name: 'Record type' }));
    await user.click(await screen.findByRole('option', { name: 'Opportunity' }));
    await user.click(screen.getByRole('button', { name: de.subscribe }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(de.subscribed(de.subscriptionStatus('ACTIVE'))));
    expectNoEnglish(['Record type', 'Opportunity']);
    create.unmount();

    const { integration: _integration, ...errored } = structuredClone(mockSubscriptionSeeds.find((s) => s.status === 'ERRORED')!);
    renderWithProvider(<TriggerForm trigger={errored.type} subscription={errored} />, { messages: de });
    expect(await screen.findByText(de.errored)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: de.showExample }));
    expect(await screen.findByText(/Beispieldaten geladen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: de.unsubscribe }));
    expect(screen.getByRole('group', { name: de.unsubscribeQuestion })).toBeInTheDocument();
    expectNoEnglish([...schemaStrings(errored), 'Record type', 'Opportunity', 'Lead', 'Account', 'Contact']);
  }, SLOW);
});
