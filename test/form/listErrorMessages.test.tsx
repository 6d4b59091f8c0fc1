import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { ActionForm, TriggerForm } from '../../src';
import { messagesDe as de } from '../../stories/support/messages.de';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit();
const PROJECT = `${MOCK_BASE_URL}/projects/:p`;

// A list without the Action: one malformed entry (skipped by the library) and an error without a message.
const actionList = () =>
  HttpResponse.json({ actions: { slack: [{ name: 'SLACK_SEND_MESSAGE', title: 'Send', inputs: [] }, { title: 'no name' }] }, errors: { hubspot: { code: 7 } } });
const triggerList = () => HttpResponse.json({ triggers: { salesforce: [{ nope: true }, { nope: true }] } });

describe("the not-found alert words the list's own problems in the form's messages", () => {
  test('English by default: the skipped entries and the unreadable error, as before', async () => {
    mock.server.use(http.get(`${PROJECT}/actions`, actionList));
    renderWithProvider(<ActionForm action="NOPE_MISSING" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Skipped 1 malformed action of slack.');
    expect(alert).toHaveTextContent('An integration reported an unreadable error.');
  });

  test('an Action list in German: no English sentence of the library is appended', async () => {
    mock.server.use(http.get(`${PROJECT}/actions`, actionList));
    renderWithProvider(<ActionForm action="NOPE_MISSING" />, { messages: de });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(de.actionMissing('NOPE_MISSING'));
    expect(alert).toHaveTextContent(de.skippedActions(1, 'slack'));
    expect(alert).toHaveTextContent(de.unreadableListError);
    expect(alert).not.toHaveTextContent(/Skipped|unreadable/);
  });

  test('a trigger list in German: the skipped triggers in the form messages', async () => {
    mock.server.use(http.get(`${PROJECT}/triggers`, triggerList));
    renderWithProvider(<TriggerForm trigger="SALESFORCE_TRIGGER_RECORD_CREATED" />, { messages: { skippedTriggers: de.skippedTriggers } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(de.skippedTriggers(2, 'salesforce'));
    expect(alert).not.toHaveTextContent(/Skipped/);
  });
});
