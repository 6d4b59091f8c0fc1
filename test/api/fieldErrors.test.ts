import { describe, expect, it } from 'vitest';
import { ActionKitError, errorFromResponse } from '../../src/api';
import { fakeJwt } from './helpers';

const respond = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  errorFromResponse(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }));

describe('fieldErrors: a 422 or 400 body that names fields', () => {
  it.each<[string, unknown, Record<string, string>]>([
    ['an object keyed by field id', { message: 'Validation failed', errors: { 'field-Subject': 'Subject is too long', dueDate: ['must be a date', 'must be in the future'] } },
      { 'field-Subject': 'Subject is too long', dueDate: 'must be a date; must be in the future' }],
    ['a list of { field, message }', { errors: [{ field: 'channel', message: 'channel_not_found' }, { field: 'text', message: 'text is required' }] },
      { channel: 'channel_not_found', text: 'text is required' }],
    ['a list of { path, msg } (express-validator)', { errors: [{ type: 'field', path: 'email', msg: 'Invalid value', location: 'body' }] },
      { email: 'Invalid value' }],
    ['a list of { path: [...], message } (zod), under parameters', { errors: [{ path: ['parameters', 'amount'], message: 'Expected number, received string' }] },
      { amount: 'Expected number, received string' }],
    ['a list of { param, message }', { errors: [{ param: 'parameters.owner', message: 'unknown owner' }] },
      { owner: 'unknown owner' }],
    ['class-validator items as the message', { message: [{ property: 'title', constraints: { isNotEmpty: 'title should not be empty', maxLength: 'title is too long' } }] },
      { title: 'title should not be empty; title is too long' }],
    ['class-validator children under parameters', [{ property: 'parameters', children: [{ property: 'recordType', constraints: { isIn: 'recordType must be one of Task, Contact' } }] }],
      { recordType: 'recordType must be one of Task, Contact' }],
  ])('reads %s', async (_shape, body, expected) => {
    const error = await respond(body, 422);
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error.fieldErrors).toEqual(expected);
    expect(error.message).not.toBe('');
    expect(error.status).toBe(422);
  });

  it('keeps the server message as the human message', async () => {
    const error = await respond({ message: 'Subject is too long', errors: { subject: 'max 255 characters' } }, 400);
    expect(error.message).toBe('Subject is too long');
    expect(error.fieldErrors).toEqual({ subject: 'max 255 characters' });
  });

  it('without a message says some values were not accepted and names what the server said', async () => {
    const error = await respond({ errors: [{ field: 'text', message: 'text is required' }] }, 422);
    expect(error.message).toBe('ActionKit did not accept some of the values: text is required');
  });

  it('reads field errors from a nested JSON message too', async () => {
    const inner = JSON.stringify({ message: 'Upstream validation failed', errors: { email: 'already taken' } });
    const error = await respond({ message: inner, meta: { requestId: 'req-9' } }, 422);
    expect(error.message).toBe('Upstream validation failed');
    expect(error.fieldErrors).toEqual({ email: 'already taken' });
    expect(error.requestId).toBe('req-9');
  });

  it('leaves fieldErrors undefined when no field is named, and for other statuses', async () => {
    expect((await respond({ message: 'Bad input' }, 422)).fieldErrors).toBeUndefined();
    expect((await respond({ errors: ['just text'] }, 400)).fieldErrors).toBeUndefined();
    expect((await respond({ errors: { subject: 'x' } }, 500)).fieldErrors).toBeUndefined();
  });

  it('never lets a field named __proto__ reach the prototype, and blanks echoed tokens', async () => {
    const token = fakeJwt({ sub: 'u' });
    const error = await respond(`{"errors":{"__proto__":"bad","note":"token ${token} is not allowed"}}`, 422);
    expect(Object.getPrototypeOf(error.fieldErrors)).toBe(Object.prototype);
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['__proto__', 'note']);
    expect(JSON.stringify(error.fieldErrors)).not.toContain(token);
  });
});

describe('a specific human message for each fault', () => {
  it('409 says the request conflicts with the current state', async () => {
    const error = await respond('', 409);
    expect(error).toMatchObject({ kind: 'server', status: 409 });
    expect(error.message).toMatch(/conflicts with the current state/);
    expect((await respond({ message: 'Conflict' }, 409)).message).toMatch(/conflicts with the current state/);
    expect((await respond({ message: 'Version 3 is stale' }, 409)).message).toBe('Version 3 is stale');
  });

  it('422 without a body says some values were not accepted', async () => {
    expect((await respond('', 422)).message).toBe('ActionKit did not accept some of the values (HTTP 422).');
    expect((await respond({ message: 'Unprocessable Entity' }, 422)).message).toBe('ActionKit did not accept some of the values (HTTP 422).');
  });

  it('429 with Retry-After in seconds says how long to wait', async () => {
    expect((await respond('', 429, { 'Retry-After': '30' })).message).toBe('Too many requests. Try again in 30 seconds.');
    expect((await respond('', 429, { 'Retry-After': '1' })).message).toBe('Too many requests. Try again in 1 second.');
    expect((await respond('', 429, { 'Retry-After': '150' })).message).toBe('Too many requests. Try again in 3 minutes.');
  });

  it('429 with Retry-After as an HTTP date says how long to wait', async () => {
    const date = new Date(Date.now() + 120_000).toUTCString();
    expect((await respond('', 429, { 'Retry-After': date })).message).toMatch(/^Too many requests\. Try again in (2 minutes|119 seconds|120 seconds)\.$/);
  });

  it('404 says what may be missing', async () => {
    expect((await respond('', 404)).message).toBe('Not found. The Action or project may not exist for this user.');
  });

  it('a timeout says to try again', () => {
    expect(ActionKitError.from(new DOMException('signal timed out', 'TimeoutError')).message).toBe('The request timed out. Try again.');
  });
});
