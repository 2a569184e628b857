// Where signed-in browser state is kept between the setup project and the others:
// <project>/.clerk-go-live/auth (gitignored: it holds session cookies). CGL_AUTH_DIR lets parallel runs (the
// project's own fault matrix) keep theirs apart.
import { join, resolve } from 'node:path';
import { stateDir } from './dirs.ts';

export const AUTH_DIR = resolve(process.env.CGL_AUTH_DIR || join(stateDir(), 'auth'));

export const STORAGE_STATE = {
  user: join(AUTH_DIR, 'user.json'),
} as const;

/** Facts about the signed-in user that the setup project learnt (ids only, never tokens). */
export const SIGNED_IN_FACTS = {
  user: join(AUTH_DIR, 'user.facts.json'),
} as const;

/**
 * A real session token minted by the setup project with Clerk's shortest lifetime, so that by the time the
 * API checks send it as "expired" it has expired: the wait is paid once per run, overlapped with other work.
 */
export const EXPIRING_TOKEN = {
  user: join(AUTH_DIR, 'user.expiring-token.json'),
} as const;
