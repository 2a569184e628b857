// The resolve hook behind app-deps-hook: a bare import that Node cannot find from where it is written is
// looked up again from the reference app's dependency folder.
interface Context {
  parentURL?: string;
}
type NextResolve = (specifier: string, context: Context) => Promise<{ url: string }>;

let depsURL = '';

export function initialize(data: { depsURL: string }): void {
  depsURL = data.depsURL;
}

const isBare = (specifier: string) => !/^(\.|\/|[a-z]+:)/i.test(specifier);

export async function resolve(specifier: string, context: Context, next: NextResolve): Promise<{ url: string }> {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!isBare(specifier) || (error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return next(specifier, { ...context, parentURL: depsURL });
  }
}
