/**
 * The layout as the reference implementation's model holds it (in_toto.models.layout): what `in-toto-sign` writes
 * and signs. Absent fields get the model's defaults (readme "", threshold 1, empty lists, expires one month ahead),
 * `_type` is set on the layout, its steps and inspections. Signing this form means the reference, which re-serializes
 * its model before checking a signature, checks the same bytes Provenant signed.
 */
import { ProvenantError } from '../errors.js';
import { checkLayout } from './layout.js';

const LAYOUT_FIELDS = ['_type', 'steps', 'inspect', 'keys', 'expires', 'readme'];
const STEP_FIELDS = [
  '_type',
  'name',
  'expected_materials',
  'expected_products',
  'pubkeys',
  'expected_command',
  'threshold',
];
const INSPECTION_FIELDS = ['_type', 'name', 'expected_materials', 'expected_products', 'run'];

/** One month ahead, as the reference's Layout() sets a missing expires (relativedelta(months=1)), in UTC. */
export function defaultExpires(now = new Date()): string {
  const t = new Date(now);
  const day = t.getUTCDate();
  t.setUTCDate(1);
  t.setUTCMonth(t.getUTCMonth() + 1);
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(day, last));
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Brings a layout body into the model's form and checks it (LAYOUT_INVALID). Fields the model does not know are
 * kept, with a warning: the reference drops them before checking signatures, so it will reject the layout.
 */
export function normalizeLayout(
  input: Record<string, any>,
  source: string,
  opts: { now?: Date; onWarning?: (m: string) => void } = {},
): Record<string, any> {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new ProvenantError('LAYOUT_INVALID', `${source}: not a layout object`);
  if (input._type !== undefined && input._type !== 'layout')
    throw new ProvenantError('LAYOUT_INVALID', `${source}: _type is '${input._type}', not 'layout'`);
  const extra = (o: Record<string, any>, known: string[], where: string) => {
    for (const k of Object.keys(o))
      if (!known.includes(k))
        opts.onWarning?.(
          `${source}: ${where}field '${k}' is not part of the in-toto layout format: in-toto-verify (Python) ` +
            `drops it and will reject the signature`,
        );
  };
  const item = (x: Record<string, any>, type: 'step' | 'inspection') => {
    if (!x || typeof x !== 'object' || Array.isArray(x))
      throw new ProvenantError('LAYOUT_INVALID', `${source}: a ${type} is not an object`);
    extra(x, type === 'step' ? STEP_FIELDS : INSPECTION_FIELDS, `${type} '${x.name}': `);
    const base = {
      ...x,
      _type: type,
      expected_materials: x.expected_materials ?? [],
      expected_products: x.expected_products ?? [],
    };
    return type === 'step'
      ? { ...base, pubkeys: x.pubkeys ?? [], expected_command: x.expected_command ?? [], threshold: x.threshold ?? 1 }
      : { ...base, run: x.run ?? [] };
  };
  extra(input, LAYOUT_FIELDS, '');
  const out: Record<string, any> = {
    ...input,
    _type: 'layout',
    steps: Array.isArray(input.steps)
      ? input.steps.map((s: Record<string, any>) => item(s, 'step'))
      : (input.steps ?? []),
    inspect: Array.isArray(input.inspect)
      ? input.inspect.map((s: Record<string, any>) => item(s, 'inspection'))
      : (input.inspect ?? []),
    keys: input.keys ?? {},
    readme: input.readme ?? '',
    expires: input.expires || defaultExpires(opts.now),
  };
  checkLayout(out, source);
  for (const s of out.steps)
    for (const id of s.pubkeys)
      if (!Object.hasOwn(out.keys, id))
        opts.onWarning?.(
          `${source}: step '${s.name}' names key ${String(id).slice(0, 8)}, which is not in keys: ` +
            `no link of it can verify`,
        );
  return out;
}
