/**
 * Fault injection for reliability tests: per endpoint (surface, method, path pattern), answer 429 with
 * `Retry-After`, answer a 5xx, or add latency, at a given rate. Off unless rules are given.
 *
 * Syntax (startEmulator `faults` option as a string, or CGL_EMULATOR_FAULTS): rules separated by `;`,
 * each `[fapi:|bapi:]<METHOD|*> <path> <action> [rate=<0..1>] [times=<n>]`, where `<path>` may use `*` for
 * any characters (`/v1/users/*`) and `<action>` is `429[:<retry-after seconds>]` (default 1),
 * a status `500`..`599`, or `latency:<ms>` (then the real answer follows). `times=n` limits the rule to the
 * first n requests it hits (deterministic retry tests). Examples:
 *   bapi:POST /v1/sign_in_tokens 429:2 rate=0.5
 *   bapi:GET /v1/users 429 times=2
 *   fapi:GET /v1/client latency:300; * /v1/users* 503 rate=0.1
 */
import { delay, http } from 'msw';

import { clerkErrors } from './respond.ts';

export type FaultAction =
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'status'; status: number }
  | { kind: 'latency'; ms: number };

export interface FaultRule {
  surface?: 'fapi' | 'bapi';
  /** Upper-case method or `*`. */
  method: string;
  /** Path pattern; `*` matches any characters. */
  path: string;
  action: FaultAction;
  /** Share of matching requests affected, 0..1 (default 1). */
  rate?: number;
  /** Affect only the first `times` requests the rule hits (default: no limit). */
  times?: number;
}

function parseAction(raw: string): FaultAction | null {
  const rateLimit = /^429(?::(\d+))?$/.exec(raw);
  if (rateLimit) return { kind: 'rate-limit', retryAfterSeconds: Number(rateLimit[1] ?? 1) };
  if (/^5\d\d$/.test(raw)) return { kind: 'status', status: Number(raw) };
  const latency = /^latency:(\d+)(?:ms)?$/.exec(raw);
  return latency ? { kind: 'latency', ms: Number(latency[1]) } : null;
}

/** Parses the rule syntax; throws naming the bad rule, so a typo never silently disables a fault. */
export function parseFaultRules(spec: string): FaultRule[] {
  return spec
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((rule) => {
      const fail = (why: string) =>
        new Error(
          `Clerk emulator fault rule "${rule}": ${why} (syntax: [fapi:|bapi:]<METHOD|*> <path> <429[:s]|5xx|latency:ms> [rate=0..1] [times=n])`,
        );
      const [target = '', path = '', action = '', ...rest] = rule.split(/\s+/);
      const surfaceMatch = /^(?:(fapi|bapi):)?([A-Za-z]+|\*)$/.exec(target);
      if (!surfaceMatch) throw fail(`bad method "${target}"`);
      if (!path.startsWith('/')) throw fail(`the path must start with "/" (got "${path}")`);
      const parsed = parseAction(action);
      if (!parsed) throw fail(`unknown action "${action}"`);
      let rate = 1;
      let times: number | undefined;
      for (const extra of rest) {
        const rateOption = /^rate=([\d.]+)$/.exec(extra);
        const timesOption = /^times=(\d+)$/.exec(extra);
        if (rateOption && Number(rateOption[1]) >= 0 && Number(rateOption[1]) <= 1) rate = Number(rateOption[1]);
        else if (timesOption && Number(timesOption[1]) > 0) times = Number(timesOption[1]);
        else throw fail(`bad option "${extra}"`);
      }
      return {
        surface: surfaceMatch[1] as FaultRule['surface'],
        method: (surfaceMatch[2] ?? '*').toUpperCase(),
        path,
        action: parsed,
        rate,
        ...(times && { times }),
      };
    });
}

const patternCache = new Map<string, RegExp>();
function pathMatches(pattern: string, path: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    patternCache.set(pattern, re);
  }
  return re.test(path);
}

/**
 * One msw handler placed before all others: it answers a fault, or (after any latency) returns
 * nothing so the real handler answers.
 */
export function faultHandlers(
  surface: 'fapi' | 'bapi',
  rules: FaultRule[] | (() => readonly FaultRule[]),
  random: () => number = Math.random,
) {
  const current = typeof rules === 'function' ? rules : () => rules;
  // Fixed rules that leave this surface alone cost nothing; rules read at request time may come later.
  if (typeof rules !== 'function' && !rules.some((r) => !r.surface || r.surface === surface)) return [];
  const hits = new Map<FaultRule, number>();
  return [
    http.all('*', async ({ request }) => {
      const { pathname } = new URL(request.url);
      for (const rule of current()) {
        if (rule.surface && rule.surface !== surface) continue;
        if ((rule.method !== '*' && rule.method !== request.method) || !pathMatches(rule.path, pathname)) continue;
        if (rule.times !== undefined && (hits.get(rule) ?? 0) >= rule.times) continue;
        if (random() >= (rule.rate ?? 1)) continue;
        hits.set(rule, (hits.get(rule) ?? 0) + 1);
        const { action } = rule;
        if (action.kind === 'latency') {
          await delay(action.ms);
          continue;
        }
        if (action.kind === 'rate-limit') {
          const response = clerkErrors(429, {
            code: 'too_many_requests',
            message: 'Too many requests',
            longMessage: 'Too many requests, retry later (injected by the emulator).',
          });
          response.headers.set('Retry-After', String(action.retryAfterSeconds));
          return response;
        }
        return clerkErrors(action.status, {
          code: 'internal_clerk_error',
          message: 'Something went wrong',
          longMessage: `HTTP ${action.status} injected by the emulator.`,
        });
      }
      return undefined;
    }),
  ];
}
