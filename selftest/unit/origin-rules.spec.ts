// Clerk's origin rules for a production instance's Frontend API (emulator/fapi/origins.ts), and the sibling
// subdomain the authorizedParties check asks from (src/clerk/foreign-origin-token.ts).
import { expect, test } from '@playwright/test';
import { originAllowed } from '../../emulator/fapi/origins.ts';
import { rootDomainOf, siblingOrigin } from '../../src/clerk/foreign-origin-token.ts';

const rules = { domain: 'example.com', allowedSubdomains: null, allowedOrigins: [] };

test('the root domain and every subdomain are answered; other sites are refused', () => {
  expect(originAllowed(rules, 'https://example.com')).toBe(true);
  expect(originAllowed(rules, 'https://app.example.com')).toBe(true);
  expect(originAllowed(rules, 'https://other.app.example.com')).toBe(true);
  expect(originAllowed(rules, 'https://evil.example')).toBe(false);
  expect(originAllowed(rules, 'https://notexample.com')).toBe(false);
  expect(originAllowed(rules, 'not a url')).toBe(false);
});

test('with Allowed Subdomains on, only the primary domain and the listed subdomains are answered', () => {
  const strict = { ...rules, allowedSubdomains: ['app.example.com'] };
  expect(originAllowed(strict, 'https://example.com')).toBe(true);
  expect(originAllowed(strict, 'https://app.example.com')).toBe(true);
  expect(originAllowed(strict, 'https://clerk-go-live-sibling.example.com')).toBe(false);
});

test("the instance's allowed_origins are answered whatever their site", () => {
  expect(originAllowed({ ...rules, allowedOrigins: ['https://partner.test'] }, 'https://partner.test')).toBe(true);
});

test('the sibling subdomain is on the target’s root domain, or there is none for an IP address', () => {
  expect(rootDomainOf('app.example.com')).toBe('example.com');
  expect(rootDomainOf('example.com')).toBe('example.com');
  expect(rootDomainOf('app.example.co.uk')).toBe('example.co.uk');
  expect(rootDomainOf('localhost')).toBe('localhost');
  expect(siblingOrigin('https://app.example.com/')).toEqual({ origin: 'https://clerk-go-live-sibling.example.com' });
  expect(siblingOrigin('https://localhost:3443')).toEqual({ origin: 'https://clerk-go-live-sibling.localhost' });
  expect(siblingOrigin('http://127.0.0.1:3000')).toEqual({ skip: expect.stringContaining('IP address') });
});
