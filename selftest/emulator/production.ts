/**
 * A browser as a production FAPI sees it (pk_live_): no dev browser, identity in the `__client`
 * cookie that FAPI sets, `__client_uat` kept by FAPI. The jar is ours (not the request context's),
 * so tests see exactly which Set-Cookie each response carried.
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';

import { APP_ORIGIN } from './fixture.ts';

export interface SetCookie {
  name: string;
  value: string;
  attributes: string[];
}

export function parseSetCookies(response: APIResponse): SetCookie[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => {
      const [pair = '', ...attributes] = h.value.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
    });
}

export class ProductionBrowser {
  readonly jar = new Map<string, string>();

  constructor(
    private readonly request: APIRequestContext,
    readonly fapiUrl: string,
  ) {}

  private headers(): Record<string, string> {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    return { origin: APP_ORIGIN, ...(cookie ? { cookie } : {}) };
  }

  private store(response: APIResponse): APIResponse {
    for (const c of parseSetCookies(response)) {
      if (c.attributes.includes('Max-Age=0')) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
    return response;
  }

  url(path: string, method?: string): string {
    const url = new URL(path, this.fapiUrl);
    if (method) url.searchParams.set('_method', method);
    return url.href;
  }

  async get(path: string, options: { maxRedirects?: number } = {}): Promise<APIResponse> {
    return this.store(await this.request.get(this.url(path), { headers: this.headers(), ...options }));
  }

  async post(path: string, form: Record<string, string> = {}, method?: string): Promise<APIResponse> {
    return this.store(await this.request.post(this.url(path, method), { form, headers: this.headers() }));
  }

  /** Loads clerk-js's way: GET /v1/client first, which sets the `__client` cookie. */
  async load(): Promise<APIResponse> {
    return this.get('/v1/client');
  }

  async signIn(identifier: string, password: string): Promise<string> {
    const response = await this.post('/v1/client/sign_ins', { identifier, password, strategy: 'password' });
    const body = (await response.json()) as { response: { created_session_id: string } };
    return body.response.created_session_id;
  }
}
