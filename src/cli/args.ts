// A small argument parser for the CLI: `--name value`, `--name=value`, `--flag`, `--no-flag`. Unknown
// options are errors naming the option (never a stack trace).
export class UsageError extends Error {}

export interface OptionSpec {
  /** 'string' takes a value; 'boolean' is a switch (`--no-x` sets it false). */
  type: 'string' | 'boolean';
  about: string;
}

export type Parsed = { values: Record<string, string | boolean>; rest: string[] };

export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): Parsed {
  const values: Record<string, string | boolean> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [rawName = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    const negated = rawName.startsWith('no-') && spec[rawName.slice(3)]?.type === 'boolean';
    const name = negated ? rawName.slice(3) : rawName;
    const option = spec[name];
    if (!option) throw new UsageError(`unknown option --${rawName} (see --help)`);
    if (option.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      values[name] = !negated;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    values[name] = value;
  }
  return { values, rest };
}

export function helpFor(spec: Record<string, OptionSpec>): string {
  const width = Math.max(...Object.keys(spec).map((name) => name.length)) + 2;
  return Object.entries(spec)
    .map(
      ([name, option]) => `  --${`${name}${option.type === 'string' ? ' <v>' : ''}`.padEnd(width + 4)} ${option.about}`,
    )
    .join('\n');
}

/** "a, b ,c" -> ['a', 'b', 'c']; '' -> []. */
export function commaList(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
