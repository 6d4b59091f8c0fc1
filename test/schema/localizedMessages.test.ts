import { describe, expect, test } from 'vitest';
import { ActionKitError, defaultMessages, validateParameters, type ParagonAction } from '../../src';
import { errorMessageIn } from '../../src/api/errorMessages';
import { messagesDe } from '../../stories/support/messages.de';

const action: ParagonAction = {
  name: 'DE_VALIDATE',
  title: 'Prüfen',
  inputs: [
    { id: 'subject', title: 'Betreff', type: 'TEXT', required: true },
    { id: 'amount', title: 'Betrag', type: 'NUMBER' },
    { id: 'body', title: 'Inhalt', type: 'CODE', language: 'json' },
    { id: 'filter', title: 'Filter', type: 'CONDITIONAL', required: true },
  ],
};

describe('validateParameters takes the messages', () => {
  test('English by default, as before', () => {
    expect(validateParameters(action, { amount: 'abc' })).toEqual({
      subject: 'Betreff is required',
      amount: 'Betrag must be a number',
      filter: 'Filter needs at least one complete condition',
    });
  });

  test('in the given messages', () => {
    expect(validateParameters(action, { amount: 'abc', body: '{' }, messagesDe)).toEqual({
      subject: 'Betreff ist ein Pflichtfeld',
      amount: 'Betrag muss eine Zahl sein',
      body: expect.stringMatching(/^Inhalt muss gültiges JSON sein/),
      filter: 'Filter braucht mindestens eine vollständige Bedingung',
    });
  });
});

describe('errorMessageIn: the library\'s own English error texts are translated, a server\'s words are kept', () => {
  test('a default message of each kind becomes the translation', () => {
    expect(errorMessageIn(new ActionKitError({ kind: 'server', status: 502 }), messagesDe)).toBe(messagesDe.errorServer(502));
    expect(errorMessageIn(new ActionKitError({ kind: 'rateLimited', status: 429, retryAfter: 30 }), messagesDe)).toBe(messagesDe.errorRateLimited(30));
    expect(errorMessageIn(new ActionKitError({ kind: 'offline' }), messagesDe)).toBe(messagesDe.errorOffline);
    const rejected = new ActionKitError({ kind: 'server', status: 422, message: defaultMessages.errorValuesRejected(['zu lang']), fieldErrors: { subject: 'zu lang' } });
    expect(errorMessageIn(rejected, messagesDe)).toBe('ActionKit hat einige Werte nicht akzeptiert: zu lang');
  });

  test('a server message, a host error and English messages stay as they are', () => {
    expect(errorMessageIn(new ActionKitError({ kind: 'server', status: 500, message: 'Jira is unavailable' }), messagesDe)).toBe('Jira is unavailable');
    expect(errorMessageIn(new Error('Host says no'), messagesDe)).toBe('Host says no');
    expect(errorMessageIn(new ActionKitError({ kind: 'timeout' }), defaultMessages)).toBe('The request timed out. Try again.');
  });
});
