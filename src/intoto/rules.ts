/**
 * Artifact rules of in-toto layouts (spec v1.0, reference rulelib/verifylib): parsing the token lists and applying
 * them to a step's or inspection's materials or products, in order, consuming from a queue; an implicit final
 * `ALLOW *` accepts what is left. Only DISALLOW and REQUIRE fail.
 */
import { posix } from 'node:path';
import { ProvenantError } from '../errors.js';
import { fnfilter } from './fnmatch.js';
import type { ArtifactDict, LinkBody } from './metablock.js';

export type Rule =
  | { type: 'match'; pattern: string; sourcePrefix?: string; destType: 'materials' | 'products'; destPrefix?: string; destName: string }
  | { type: 'create' | 'delete' | 'modify' | 'allow' | 'disallow'; pattern: string }
  | { type: 'require'; pattern: string };

export function unpackRule(tokens: unknown, where: string): Rule {
  if (!Array.isArray(tokens) || tokens.some((t) => typeof t !== 'string')) throw new ProvenantError('LAYOUT_INVALID', `${where}: a rule is a list of strings`);
  const t = tokens as string[];
  const kw = (i: number) => (t[i] ?? '').toUpperCase();
  const bad = () => new ProvenantError('LAYOUT_INVALID', `${where}: malformed rule [${t.join(' ')}]`);
  if (t.length === 0) throw bad();
  const type = kw(0);
  if (['CREATE', 'DELETE', 'MODIFY', 'ALLOW', 'DISALLOW', 'REQUIRE'].includes(type)) {
    if (t.length !== 2) throw bad();
    return { type: type.toLowerCase() as 'create', pattern: t[1] };
  }
  if (type === 'MATCH') {
    // MATCH pattern [IN prefix] WITH (MATERIALS|PRODUCTS) [IN prefix] FROM step
    let i = 2;
    let sourcePrefix: string | undefined;
    if (t.length < 6) throw bad();
    if (kw(i) === 'IN') {
      sourcePrefix = t[i + 1];
      i += 2;
    }
    if (kw(i) !== 'WITH') throw bad();
    const dt = kw(i + 1);
    if (dt !== 'MATERIALS' && dt !== 'PRODUCTS') throw bad();
    i += 2;
    let destPrefix: string | undefined;
    if (kw(i) === 'IN') {
      destPrefix = t[i + 1];
      i += 2;
    }
    if (kw(i) !== 'FROM' || i + 2 !== t.length) throw bad();
    return { type: 'match', pattern: t[1], sourcePrefix, destType: dt.toLowerCase() as 'materials', destPrefix, destName: t[i + 1] };
  }
  throw bad();
}

function same(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  if (!a || !b) return false;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

export interface RuleFailure {
  item: string;
  kind: 'materials' | 'products';
  rule: string;
  artifacts: string[];
  message: string;
}

/** Applies `rules` to one item's materials or products; throws RULE_FAILED naming item, rule and artifacts. */
export function applyRules(itemName: string, kind: 'materials' | 'products', rules: unknown[], links: Record<string, LinkBody>, itemType: 'step' | 'inspection'): void {
  const link = links[itemName];
  const materials: ArtifactDict = link.materials ?? {};
  const products: ArtifactDict = link.products ?? {};
  const artifacts = kind === 'materials' ? materials : products;
  const queue = new Set(Object.keys(artifacts));
  for (const raw of rules) {
    const rule = unpackRule(raw, `${itemType} '${itemName}' expected_${kind}`);
    const text = (raw as string[]).join(' ');
    const matched = fnfilter(queue, rule.pattern);
    const consumed = new Set<string>();
    switch (rule.type) {
      case 'match': {
        const dest = links[rule.destName];
        if (!dest) break;
        const destArtifacts = dest[rule.destType] ?? {};
        let candidates: string[];
        if (rule.sourcePrefix) {
          const pre = posix.join(rule.sourcePrefix, '/').replace(/\\/g, '/');
          candidates = fnfilter([...queue].filter((p) => p.startsWith(pre)).map((p) => p.slice(pre.length)), rule.pattern);
        } else candidates = fnfilter(queue, rule.pattern);
        for (const path of candidates) {
          const src = rule.sourcePrefix ? posix.join(rule.sourcePrefix, path) : path;
          const dst = rule.destPrefix ? posix.join(rule.destPrefix, path) : path;
          if (destArtifacts[dst] !== undefined && same(artifacts[src], destArtifacts[dst])) consumed.add(src);
        }
        break;
      }
      case 'create':
        for (const p of matched) if (p in products && !(p in materials)) consumed.add(p);
        break;
      case 'delete':
        for (const p of matched) if (p in materials && !(p in products)) consumed.add(p);
        break;
      case 'modify':
        for (const p of matched) if (p in materials && p in products && !same(materials[p], products[p])) consumed.add(p);
        break;
      case 'allow':
        for (const p of matched) consumed.add(p);
        break;
      case 'disallow':
        if (matched.length) {
          throw new ProvenantError('RULE_FAILED', `${itemType} '${itemName}': expected_${kind} rule '${text}' matched ${matched.sort().map((m) => `'${m}'`).join(', ')} (not consumed by an earlier rule)`);
        }
        break;
      case 'require':
        if (!queue.has(rule.pattern)) {
          throw new ProvenantError('RULE_FAILED', `${itemType} '${itemName}': expected_${kind} rule '${text}' did not find '${rule.pattern}' among the remaining ${kind}`);
        }
        break;
    }
    for (const c of consumed) queue.delete(c);
  }
}
