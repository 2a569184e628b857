// X-Content-Type-Options, after MDN HTTP Observatory: the value must be exactly "nosniff" (case-insensitive,
// surrounding spaces ignored); a header sent twice ("nosniff, nosniff") is invalid.
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

export function judgeNosniff(evidence: ResponseEvidence): Verdict {
  const value = evidence.headers['x-content-type-options'];
  const pass = value !== undefined && value.trim().toLowerCase() === 'nosniff';
  let fix = '';
  if (value === undefined) {
    fix = fixFor({
      nextjs: "Send `X-Content-Type-Options: nosniff` on every response: next.config.js headers() for source '/(.*)'.",
      express:
        'Send `X-Content-Type-Options: nosniff` on every response: app.use(helmet()) (or a middleware setting it).',
      generic: 'Send `X-Content-Type-Options: nosniff` on every response (the server, proxy or CDN).',
      any:
        'Send `X-Content-Type-Options: nosniff` on every response, e.g. in next.config.js headers() ' +
        "for source '/(.*)' (or app.use(helmet()) in Express).",
    });
  } else if (!pass) {
    fix = value.includes(',')
      ? 'X-Content-Type-Options is sent more than once (e.g. by the app and again by a proxy or ' +
        'CDN): send `X-Content-Type-Options: nosniff` once.'
      : 'The only valid value is `nosniff`: send `X-Content-Type-Options: nosniff` on every response' +
        fixFor({
          nextjs: ', in next.config.js headers().',
          express: ': app.use(helmet()) sends it.',
          generic: ' (the server, proxy or CDN).',
          any: ', e.g. in next.config.js headers().',
        });
  }
  return {
    id: 'headers.nosniff',
    title: `GET ${pathOf(evidence.url)} -> X-Content-Type-Options: nosniff`,
    pass,
    url: evidence.url,
    expected: 'X-Content-Type-Options: nosniff',
    actual: quoteHeader('X-Content-Type-Options', value),
    fix,
  };
}
