// Referrer-Policy, after MDN HTTP Observatory's referrer-policy test: no-referrer, same-origin, strict-origin
// and strict-origin-when-cross-origin keep paths and queries (which may hold ids or tokens) from other
// sites and pass; origin, origin-when-cross-origin, no-referrer-when-downgrade and unsafe-url fail; a header
// with no recognised value is invalid and fails. As in browsers and the Observatory, the last recognised
// value of a comma-separated list wins. A missing header passes with a recommendation: browsers then apply
// strict-origin-when-cross-origin, which is private (the Observatory does not penalise it either).
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';

const PRIVATE = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const LEAKY = ['origin', 'origin-when-cross-origin', 'no-referrer-when-downgrade', 'unsafe-url'];
const SEND = '`Referrer-Policy: strict-origin-when-cross-origin` (or no-referrer / same-origin / strict-origin)';

export function judgeReferrerPolicy(evidence: ResponseEvidence): Verdict {
  const value = evidence.headers['referrer-policy'];
  const base = {
    id: 'headers.referrer-policy',
    title: `GET ${pathOf(evidence.url)} -> Referrer-Policy private`,
    url: evidence.url,
    expected: `Referrer-Policy: one of ${PRIVATE.join(', ')}`,
    actual: quoteHeader('Referrer-Policy', value),
  } as const;
  if (value === undefined)
    return {
      ...base,
      pass: true,
      fix: `Recommended: send ${SEND} explicitly, so an older browser or a later default cannot leak full URLs.`,
    };
  const effective = value
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => PRIVATE.includes(token) || LEAKY.includes(token))
    .at(-1);
  if (effective === undefined)
    return { ...base, pass: false, fix: `No recognised policy in the header, so browsers ignore it: send ${SEND}.` };
  if (LEAKY.includes(effective)) {
    return {
      ...base,
      pass: false,
      fix: `${effective} sends ${effective.startsWith('origin') ? 'the origin' : 'full URLs, paths and query strings'} to other sites: send ${SEND}.`,
    };
  }
  return { ...base, pass: true, fix: '' };
}
