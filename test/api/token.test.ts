import { describe, expect, it, vi } from 'vitest';
import { ActionKitError, resolveToken, tokenSubject } from '../../src/api';
import { fakeJwt } from './helpers';

describe('resolveToken', () => {
  it('returns a string token as is', async () => {
    await expect(resolveToken('abc.def.ghi')).resolves.toBe('abc.def.ghi');
  });

  it('calls a sync or async function each time', async () => {
    const source = vi.fn().mockReturnValueOnce('one').mockResolvedValueOnce('two');
    await expect(resolveToken(source)).resolves.toBe('one');
    await expect(resolveToken(source)).resolves.toBe('two');
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('drops a "Bearer " prefix and surrounding spaces', async () => {
    await expect(resolveToken(' Bearer abc ')).resolves.toBe('abc');
  });

  it('rejects an empty token with an unauthorized ActionKitError', async () => {
    const error = await resolveToken(() => '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionKitError);
    expect((error as ActionKitError).kind).toBe('unauthorized');
  });

  it("passes the token function's own rejection through", async () => {
    const failure = new Error('refresh failed');
    await expect(resolveToken(() => Promise.reject(failure))).rejects.toBe(failure);
  });
});

describe('tokenSubject', () => {
  it('decodes the sub claim without verifying', () => {
    expect(tokenSubject(fakeJwt({ sub: 'user-42', iat: 1 }))).toBe('user-42');
  });

  it('decodes UTF-8 and base64url characters', () => {
    expect(tokenSubject(fakeJwt({ sub: 'jürgen?>>~~', pad: 'x' }))).toBe('jürgen?>>~~');
  });

  it('turns a numeric sub into a string', () => {
    expect(tokenSubject(fakeJwt({ sub: 7 }))).toBe('7');
  });

  it.each(['', 'not-a-jwt', 'a.b.c', '..', 'a.!!!.c', `x.${btoa('[1,2]')}.y`, `x.${btoa('null')}.y`, fakeJwt({ user: 'no sub' })])(
    'returns undefined for %j without throwing',
    (token) => {
      expect(tokenSubject(token)).toBeUndefined();
    },
  );
});
