import { alphanumeric } from '../keys.ts';

/** Clerk-style object id: a type prefix and 27 base62 characters (`user_2x...`, `sess_...`). */
export function newId(prefix: string): string {
  return `${prefix}_${alphanumeric(27)}`;
}
