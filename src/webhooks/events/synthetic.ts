// Synthetic ids say what they are ("cgl_synthetic"), so nobody mistakes a replayed event for real data;
// addresses use the reserved example.com domain and can never reach a person.

/** `<prefix>_cgl_synthetic_<seed>`, the shape of a Clerk id with a give-away middle. */
export function syntheticId(prefix: string, seed: string): string {
  return `${prefix}_cgl_synthetic_${seed}`;
}

export function syntheticEmail(seed: string): string {
  return `go-live-synthetic-${seed}@example.com`;
}
