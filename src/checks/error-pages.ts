// Error handling: an unknown route answers 404 with the app's own page (not a 200 soft-404, not a 500),
// and no error response shows a stack trace or framework debug output (paths, line numbers, the Next.js
// dev overlay, Express's default "Cannot GET" stack, Werkzeug/Django debug pages).
import { cap, type Verdict } from './verdict.ts';
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { fixFor } from './framework.ts';

const DEBUG_OUTPUT: { what: string; pattern: RegExp }[] = [
  {
    what: 'a stack trace',
    pattern:
      /^\s*at (?:async )?[\w$.<>[\] ]+ \((?:file:\/\/|node:)?[^\s()]+:\d+:\d+\)|^\s*at (?:file:\/\/)?\/[^\s()]+:\d+:\d+/m,
  },
  { what: 'a stack trace', pattern: /(?:TypeError|ReferenceError|SyntaxError|RangeError|Error): .+\n\s+at / },
  { what: 'a Node internal path', pattern: /node:internal\/|\/node_modules\/[^\s"']+\.js:\d+/ },
  { what: 'the Next.js dev error overlay', pattern: /nextjs-portal|__nextjs_original-stack-frame|data-nextjs-dialog/ },
  {
    what: 'a framework debug page',
    pattern: /Traceback \(most recent call last\)|Werkzeug Debugger|DEBUG = True|Whoops!|Exception Details:/,
  },
];

export function debugOutputIn(body: string): string | null {
  return DEBUG_OUTPUT.find(({ pattern }) => pattern.test(body))?.what ?? null;
}

export function judgeNoStackTrace(evidence: ResponseEvidence): Verdict {
  const found = debugOutputIn(evidence.bodyExcerpt);
  return {
    id: 'errors.no-stack-trace',
    title: `GET ${pathOf(evidence.url)} -> error response without debug output`,
    url: evidence.url,
    pass: found === null,
    expected: 'an error response with a plain message, no stack trace, file paths or framework debug output',
    actual: found
      ? `${evidence.status} with ${found} in the body: ${cap(evidence.bodyExcerpt, 160)}`
      : `${evidence.status}, no debug output`,
    fix: found
      ? fixFor({
          nextjs:
            'Answer errors with a generic message: app/error.tsx (and app/global-error.tsx), route handlers ' +
            'that catch and return a plain 500, and NODE_ENV=production (never `next dev`) in production. ' +
            'Log the details server-side.',
          express:
            'Answer errors with a generic message: a final error handler, app.use((err, req, res, next) => ' +
            "res.status(500).send('Something went wrong')), never err.stack, and NODE_ENV=production. " +
            'Log the details server-side.',
          generic:
            'Catch errors at the edge of the app and answer a generic message (the framework’s error handler, ' +
            'production mode). Log the details server-side.',
          any:
            'Catch errors at the edge of the app and answer a generic message (Next.js: app/error.tsx ' +
            'and no NODE_ENV=development in production; Express: a final error handler that does not ' +
            'send err.stack). Log the details server-side.',
        })
      : '',
  };
}

export function judgeNotFound(evidence: ResponseEvidence): Verdict {
  const html = /<html|<!doctype/i.test(evidence.bodyExcerpt);
  const problems: string[] = [];
  if (evidence.status !== 404)
    problems.push(
      evidence.status === 200
        ? 'answers 200 (a soft 404: crawlers index it, scanners cannot tell what exists)'
        : `answers ${evidence.status}`,
    );
  if (evidence.status === 404 && !html) problems.push('the 404 is not an HTML page of the app');
  return {
    id: 'errors.not-found',
    title: `GET ${pathOf(evidence.url)} (unknown route) -> 404 page`,
    url: evidence.url,
    pass: problems.length === 0,
    expected: '404 with the app’s own HTML page',
    actual: `${evidence.status}${html ? ', HTML' : ''}: ${cap(evidence.bodyExcerpt, 120)}`,
    fix: problems.length
      ? `The unknown route ${problems.join('; ')}: let the framework answer 404 with a not-found page (Next.js: app/not-found.tsx; Express: a last handler answering 404).`
      : '',
  };
}
