// The validator itself: it must catch what the contract forbids, or a green contract run proves nothing.
import { test as base, expect } from '@playwright/test';

import { z } from 'zod';

import { undeclaredFields, validateExchange } from '../../emulator/contract/index.ts';

const JSON_TYPE = { 'content-type': 'application/json' };
const token = { object: 'token', jwt: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' };
const errors = {
  errors: [
    {
      code: 'form_param_missing',
      message: 'missing',
      long_message: 'user_id is missing',
      meta: { param_name: 'user_id' },
    },
  ],
};

base.describe('contract validator', { tag: '@emulator' }, () => {
  base('fields the schema does not declare are named by path, through arrays, nullables and unions', () => {
    const schema = z.object({
      user: z.object({ id: z.string(), emails: z.array(z.object({ email: z.string() })) }).nullable(),
      last: z.union([z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b'), extra: z.string() })]),
      meta: z.record(z.string(), z.unknown()),
    });
    const body = {
      user: { id: 'u', invented: 1, emails: [{ email: 'x', verified: true }] },
      last: { kind: 'b', extra: 'declared', surprise: 2 },
      meta: { anything: 'goes' },
      top: true,
    };
    expect(undeclaredFields(schema, body)).toEqual(['last.surprise', 'top', 'user.emails[].verified', 'user.invented']);
    expect(undeclaredFields(schema, { user: null, last: { kind: 'a' }, meta: {} })).toEqual([]);
  });

  base('a conforming token answer has no problems', () => {
    expect(validateExchange('fapi', 'POST', '/v1/client/sessions/sess_1/tokens', 200, token, JSON_TYPE)).toEqual([]);
  });

  base('a wrong type, a missing required field and a null where the spec has none are each named', () => {
    expect(
      validateExchange('fapi', 'POST', '/v1/client/sessions/sess_1/tokens', 200, { object: 'token', jwt: 42 }),
    ).toEqual([expect.stringMatching(/tokens -> 200: jwt: /)]);
    expect(validateExchange('bapi', 'GET', '/v1/users/count', 200, { object: 'total_count' }).join()).toContain(
      'total_count',
    );
    const session = {
      object: 'session',
      id: 's',
      user_id: 'u',
      client_id: 'c',
      status: 'active',
      last_active_at: 1,
      expire_at: 1,
      abandon_at: 1,
      updated_at: 1,
      created_at: null,
    };
    expect(validateExchange('bapi', 'GET', '/v1/sessions/s', 200, session).join()).toContain('created_at');
  });

  base('BAPI Content-Type must be exactly application/json', () => {
    const problems = validateExchange(
      'bapi',
      'GET',
      '/v1/users/count',
      200,
      { object: 'total_count', total_count: 1 },
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect(problems).toEqual([expect.stringContaining('expected exactly "application/json"')]);
  });

  base('errors must be ClerkErrors: errors[] with code, message, long_message', () => {
    expect(validateExchange('bapi', 'POST', '/v1/sessions', 422, errors, JSON_TYPE)).toEqual([]);
    expect(validateExchange('bapi', 'POST', '/v1/sessions', 422, { error: 'bad' }, JSON_TYPE).join()).toContain(
      '(ClerkErrors)',
    );
    expect(
      validateExchange('fapi', 'GET', '/v1/client', 401, { errors: [{ code: 'x', message: 'y' }] }, JSON_TYPE).join(),
    ).toContain('long_message');
  });

  base('redirect routes need a 3xx and a Location', () => {
    expect(
      validateExchange('fapi', 'GET', '/v1/client/handshake', 307, undefined, { location: 'http://localhost:3000/' }),
    ).toEqual([]);
    expect(validateExchange('fapi', 'GET', '/v1/client/handshake', 200, undefined, {})).toHaveLength(2);
  });
});
