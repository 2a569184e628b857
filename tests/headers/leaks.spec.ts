// Leaks: no secret in the HTML of public pages or in the same-origin JavaScript they load; environment and
// git files are not served. Publicly served source maps are reported (an annotation), not failed.
import { randomBytes } from 'node:crypto';
import { judgeNoSecrets, judgeSensitiveFile, SENSITIVE_PATHS, sourceMapURLs } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { fetchPageAndScripts } from './page-scripts.ts';

const profile = suiteProfile();
const pages = [
  ...new Set([...profile.routes.publicPages, profile.paths.signIn].filter((path) => path.startsWith('/'))),
];

for (const page of pages) {
  test(`GET ${page} and its scripts -> no secrets`, check('leaks.secrets'), async ({ request, secretValues }) => {
    const files = await fetchPageAndScripts(request, page);
    const maps = sourceMapURLs(files);
    if (maps.length)
      test.info().annotations.push({
        type: 'source maps',
        description: `${maps.length} public source map(s), e.g. ${maps[0]}: they publish the app's source.`,
      });
    expect(judgeNoSecrets(files, secretValues, `GET ${page}`)).toPassCheck();
  });
}

for (const path of SENSITIVE_PATHS) {
  test(`GET ${path} -> not served`, check('leaks.sensitive-files'), async ({ probe }) => {
    // A cache-buster keeps a CDN's cached 404 (or cached leak) from answering for the origin.
    expect(judgeSensitiveFile(await probe(`${path}?cgl=${randomBytes(4).toString('hex')}`))).toPassCheck();
  });
}
