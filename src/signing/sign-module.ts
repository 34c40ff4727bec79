/**
 * @sigstore/sign, loaded when something is signed (its HTTP stack is heavy). It is CommonJS: a dynamic import of it
 * yields its exports as the namespace under node (jest) but only as `default` from esbuild's split bundle, so both
 * shapes are accepted here and nowhere else.
 */
type SignModule = typeof import('@sigstore/sign');

let loaded: Promise<SignModule> | undefined;

export function loadSign(): Promise<SignModule> {
  loaded ??= import('@sigstore/sign').then((m) => ((m as { default?: SignModule }).default ?? m) as SignModule);
  return loaded;
}
