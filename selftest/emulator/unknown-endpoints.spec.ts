// Routes the emulator does not implement answer a JSON 404 that names method and path, so a test
// that wanders off the emulated subset fails with a message saying where.
import { bearer, expect, test } from './fixture.ts';

interface ErrorBody {
  errors: { code: string; long_message: string }[];
}

test.describe('unknown endpoints', { tag: '@emulator' }, () => {
  test('unknown FAPI endpoint -> JSON 404 naming method and path', async ({ fapi }) => {
    const response = await fapi.post('/v1/client/verify', { token: 'x' });
    expect(response.status()).toBe(404);
    const body = (await response.json()) as ErrorBody;
    expect(body.errors[0]?.code).toBe('resource_not_found');
    expect(body.errors[0]?.long_message).toContain('POST /v1/client/verify');
  });

  test('unknown BAPI endpoint with the secret key -> JSON 404 naming method and path', async ({
    request,
    emulator,
  }) => {
    const response = await request.get(`${emulator.bapiUrl}/v1/invitations`, { headers: bearer(emulator) });
    expect(response.status()).toBe(404);
    expect(((await response.json()) as ErrorBody).errors[0]?.long_message).toContain('GET /v1/invitations');
  });

  test('unknown BAPI endpoint without the secret key -> 401 (auth is checked first, as in Clerk)', async ({
    request,
    emulator,
  }) => {
    const response = await request.get(`${emulator.bapiUrl}/v1/invitations`);
    expect(response.status()).toBe(401);
  });
});
