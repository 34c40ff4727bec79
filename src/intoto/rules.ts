/**
 * Artifact rules of in-toto layouts with the reference implementation's semantics (rulelib.unpack_rule,
 * verifylib.verify_item_rules): the token lists are parsed case-insensitively (6, 8 or 10 tokens for MATCH), then
 * applied in order to a queue made from the item's materials or products; each rule consumes what it describes and
 * only DISALLOW (anything left matches) and REQUIRE (the literal name is not in the queue) fail. Whatever is left at
 * the end is allowed (the implicit final `ALLOW *`). Globbing is Python's fnmatch; digests compare as Python dicts.
 */
import { ProvenantError } from '../errors.js';
import { fnfilter } from './fnmatch.js';
import type { ArtifactDict, LinkBody } from './metablock.js';

export type Rule =
  | {
      type: 'match';
      pattern: string;
      sourcePrefix: string;
      destType: 'materials' | 'products';
      destPrefix: string;
      destName: string;
    }
  | { type: 'create' | 'delete' | 'modify' | 'allow' | 'disallow'; pattern: string }
  | { type: 'require'; pattern: string };

const GENERIC = ['create', 'delete', 'modify', 'allow', 'disallow', 'require'];

/** rulelib.unpack_rule: a list of strings in one of the rule forms, else LAYOUT_INVALID naming where it is. */
export function unpackRule(tokens: unknown, where: string): Rule {
  if (!Array.isArray(tokens) || tokens.some((t) => typeof t !== 'string')) {
    throw new ProvenantError('LAYOUT_INVALID', `${where}: a rule is a list of strings, got ${JSON.stringify(tokens)}`);
  }
  const t = tokens as string[];
  // Python lower-cases each token to find the keywords (str.lower, which JS toLowerCase matches for these words)
  const low = t.map((x) => x.toLowerCase());
  const bad = (why: string) =>
    new ProvenantError('LAYOUT_INVALID', `${where}: malformed rule [${t.join(' ')}]: ${why}`);
  if (t.length < 2 || !(GENERIC.includes(low[0]) || low[0] === 'match'))
    throw bad('a rule starts with MATCH, CREATE, DELETE, MODIFY, ALLOW, DISALLOW or REQUIRE and a pattern');
  if (GENERIC.includes(low[0])) {
    if (t.length !== 2) throw bad(`${t[0]} takes exactly one pattern`);
    return { type: low[0] as 'create', pattern: t[1] };
  }
  let sourcePrefix: string;
  let destType: string;
  let destPrefix: string;
  let destName: string;
  if (t.length === 10 && low[2] === 'in' && low[4] === 'with' && low[6] === 'in' && low[8] === 'from') {
    [sourcePrefix, destType, destPrefix, destName] = [t[3], low[5], t[7], t[9]];
  } else if (t.length === 8 && low[2] === 'in' && low[4] === 'with' && low[6] === 'from') {
    [sourcePrefix, destType, destPrefix, destName] = [t[3], low[5], '', t[7]];
  } else if (t.length === 8 && low[2] === 'with' && low[4] === 'in' && low[6] === 'from') {
    [sourcePrefix, destType, destPrefix, destName] = ['', low[3], t[5], t[7]];
  } else if (t.length === 6 && low[2] === 'with' && low[4] === 'from') {
    [sourcePrefix, destType, destPrefix, destName] = ['', low[3], '', t[5]];
  } else throw bad('MATCH <pattern> [IN <prefix>] WITH (MATERIALS|PRODUCTS) [IN <prefix>] FROM <step>');
  if (destType !== 'materials' && destType !== 'products') throw bad('MATCH is WITH MATERIALS or WITH PRODUCTS');
  return { type: 'match', pattern: t[1], sourcePrefix, destType, destPrefix, destName };
}

/** Python == on JSON values (dicts compare without regard to key order). */
export function pyEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((x, i) => pyEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b as object, k) && pyEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** Python's os.path.join(a, b) on POSIX, then "\" → "/" as the reference does for rule paths. */
function pyJoin(a: string, b: string): string {
  const joined = b.startsWith('/') ? b : a === '' || a.endsWith('/') ? a + b : `${a}/${b}`;
  return joined.replace(/\\/g, '/');
}

const own = (d: ArtifactDict, k: string) => Object.hasOwn(d, k);

function fail(itemType: string, itemName: string, kind: string, text: string, detail: string): ProvenantError {
  return new ProvenantError('RULE_FAILED', `${itemType} '${itemName}': expected_${kind} rule '${text}' ${detail}`);
}

/**
 * Applies `rules` to one item's materials or products (verify_item_rules); `links` holds one link per step (and,
 * for inspection rules, per inspection). Throws RULE_FAILED naming the item, the rule and the artifacts.
 */
export function applyRules(
  itemName: string,
  kind: 'materials' | 'products',
  rules: unknown[],
  links: Record<string, LinkBody>,
  itemType: 'step' | 'inspection',
): void {
  const link = links[itemName];
  const materials: ArtifactDict = link.materials ?? {};
  const products: ArtifactDict = link.products ?? {};
  const artifacts = kind === 'materials' ? materials : products;
  const queue = new Set(Object.keys(artifacts));
  for (const raw of rules) {
    const rule = unpackRule(raw, `${itemType} '${itemName}' expected_${kind}`);
    const text = (raw as string[]).join(' ');
    const consumed = new Set<string>();
    switch (rule.type) {
      case 'match': {
        if (!Object.hasOwn(links, rule.destName)) break; // no link for the destination: nothing is consumed
        const destArtifacts: ArtifactDict = links[rule.destName][rule.destType] ?? {};
        let remainders: string[];
        if (rule.sourcePrefix) {
          const pre = pyJoin(rule.sourcePrefix, '');
          remainders = [...queue].filter((p) => p.startsWith(pre)).map((p) => p.slice(pre.length));
        } else remainders = [...queue];
        for (const path of fnfilter(remainders, rule.pattern)) {
          const src = rule.sourcePrefix ? pyJoin(rule.sourcePrefix, path) : path;
          const dst = rule.destPrefix ? pyJoin(rule.destPrefix, path) : path;
          // the reference looks the source up by the rebuilt path and fails (KeyError) when that path is not there
          if (!own(artifacts, src))
            throw fail(
              itemType,
              itemName,
              kind,
              text,
              `cannot look up the artifact '${src}' (rebuilt from the prefix '${rule.sourcePrefix}')`,
            );
          if (!own(destArtifacts, dst)) continue;
          if (!pyEqual(artifacts[src], destArtifacts[dst])) continue;
          consumed.add(src);
        }
        break;
      }
      case 'create':
        for (const p of fnfilter(queue, rule.pattern)) if (own(products, p) && !own(materials, p)) consumed.add(p);
        break;
      case 'delete':
        for (const p of fnfilter(queue, rule.pattern)) if (own(materials, p) && !own(products, p)) consumed.add(p);
        break;
      case 'modify':
        for (const p of fnfilter(queue, rule.pattern))
          if (own(materials, p) && own(products, p) && !pyEqual(materials[p], products[p])) consumed.add(p);
        break;
      case 'allow':
        for (const p of fnfilter(queue, rule.pattern)) consumed.add(p);
        break;
      case 'disallow': {
        const hit = fnfilter(queue, rule.pattern);
        if (hit.length)
          throw fail(
            itemType,
            itemName,
            kind,
            text,
            `matched ${hit
              .sort()
              .map((m) => `'${m}'`)
              .join(', ')} (not consumed by an earlier rule)`,
          );
        break;
      }
      case 'require':
        if (!queue.has(rule.pattern))
          throw fail(itemType, itemName, kind, text, `did not find '${rule.pattern}' among the remaining ${kind}`);
        break;
    }
    for (const c of consumed) queue.delete(c);
  }
}
