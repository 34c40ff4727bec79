/**
 * in-toto layout verification with the reference implementation's semantics, in its order: layout signatures by
 * every given key, expiry, parameter substitution, links per step from authorized keys (legacy and current key
 * ids), signature thresholds over distinct keys (bad or unauthorized links dropped), sublayouts, command alignment
 * (a warning), threshold agreement, step rules, inspections, inspection rules. Every failure is a ProvenantError
 * whose message names the step or inspection, the rule and the artifacts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProvenantError } from '../errors.js';
import { parseMetadata, verifyMetadataSignature, type LinkBody, type Metadata } from './metablock.js';
import { recordArtifacts } from './record.js';
import { applyRules } from './rules.js';
import { sslibKeyIds, sslibPublicKey, type LoadedFunctionaryKey, type SslibKey } from './sslib.js';

export interface LayoutVerifyOptions {
  layoutPath: string;
  layoutKeys: LoadedFunctionaryKey[];
  linkDir: string;
  /** `--param KEY=VALUE`: substituted into commands, rules and inspections (Python str.format). */
  params?: Record<string, string>;
  /** Where inspections run and record their artifacts (default: the current directory). */
  inspectionDir?: string;
  now?: Date;
  onWarning?: (m: string) => void;
  /** Internal: the step name a sublayout stands for. */
  stepName?: string;
  /** Internal: an already parsed layout (sublayouts). */
  metadata?: Metadata;
}

export interface LayoutReport {
  layout: string;
  steps: Array<{ name: string; links: string[]; keyids: string[] }>;
  inspections: Array<{ name: string; command: string[]; returnValue: number }>;
  warnings: string[];
  summary: LinkBody;
}

const EXPIRES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function format(s: string, params: Record<string, string>, where: string): string {
  return s.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m, name: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    if (!name || !(name in params)) throw new ProvenantError('LAYOUT_INVALID', `${where}: parameter '{${name ?? ''}}' has no value (--param ${name ?? ''}=VALUE)`);
    return params[name];
  });
}

function substitute(layout: Record<string, any>, params: Record<string, string>): void {
  const fmt = (a: unknown, where: string) => (Array.isArray(a) ? a.map((x) => (typeof x === 'string' ? format(x, params, where) : x)) : a);
  for (const s of layout.steps ?? []) {
    s.expected_command = fmt(s.expected_command, `step '${s.name}' expected_command`);
    s.expected_materials = (s.expected_materials ?? []).map((r: unknown) => fmt(r, `step '${s.name}' expected_materials`));
    s.expected_products = (s.expected_products ?? []).map((r: unknown) => fmt(r, `step '${s.name}' expected_products`));
  }
  for (const i of layout.inspect ?? []) {
    i.run = fmt(i.run, `inspection '${i.name}' run`);
    i.expected_materials = (i.expected_materials ?? []).map((r: unknown) => fmt(r, `inspection '${i.name}' expected_materials`));
    i.expected_products = (i.expected_products ?? []).map((r: unknown) => fmt(r, `inspection '${i.name}' expected_products`));
  }
}

function checkLayoutShape(l: Record<string, any>, source: string): void {
  const bad = (m: string) => new ProvenantError('LAYOUT_INVALID', `${source}: ${m}`);
  if (l._type !== 'layout') throw bad(`_type is '${l._type}', not 'layout'`);
  if (typeof l.expires !== 'string' || !EXPIRES.test(l.expires)) throw bad(`expires '${l.expires}' is not YYYY-MM-DDTHH:MM:SSZ`);
  if (!l.keys || typeof l.keys !== 'object' || Array.isArray(l.keys)) throw bad('keys is not an object');
  if (!Array.isArray(l.steps ?? [])) throw bad('steps is not a list');
  if (!Array.isArray(l.inspect ?? [])) throw bad('inspect is not a list');
  const names = new Set<string>();
  for (const item of [...(l.steps ?? []), ...(l.inspect ?? [])]) {
    if (!item || typeof item.name !== 'string' || !item.name) throw bad('a step or inspection has no name');
    if (names.has(item.name)) throw bad(`the name '${item.name}' is used twice`);
    names.add(item.name);
    for (const f of ['expected_materials', 'expected_products']) if (item[f] !== undefined && !Array.isArray(item[f])) throw bad(`'${item.name}' ${f} is not a list`);
  }
  for (const s of l.steps ?? []) {
    if (s.threshold !== undefined && (!Number.isInteger(s.threshold) || s.threshold < 1)) throw bad(`step '${s.name}' threshold ${s.threshold} is not a positive integer`);
    if (!Array.isArray(s.pubkeys ?? [])) throw bad(`step '${s.name}' pubkeys is not a list`);
  }
  for (const i of l.inspect ?? []) if (!Array.isArray(i.run) || !i.run.length || i.run.some((x: unknown) => typeof x !== 'string')) throw bad(`inspection '${i.name}' run is not a command`);
}

function sameArtifacts(a: Record<string, Record<string, string>>, b: Record<string, Record<string, string>>): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

function loadLink(path: string): Metadata {
  return parseMetadata(readFileSync(path), path);
}

/** Verifies a layout and its links; returns the report, throws a coded ProvenantError on the first failure. */
export async function verifyLayout(opts: LayoutVerifyOptions): Promise<LayoutReport> {
  const warnings: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    opts.onWarning?.(m);
  };
  // 1. every given layout key signed the layout
  const m = opts.metadata ?? (() => {
    let buf: Buffer;
    try {
      buf = readFileSync(opts.layoutPath);
    } catch (e) {
      throw new ProvenantError('FILE_NOT_FOUND', `layout ${opts.layoutPath}: cannot read (${(e as NodeJS.ErrnoException).code})`);
    }
    try {
      return parseMetadata(buf, opts.layoutPath);
    } catch (e) {
      throw new ProvenantError('LAYOUT_INVALID', (e as Error).message);
    }
  })();
  if (m.kind !== 'layout') throw new ProvenantError('LAYOUT_INVALID', `${m.source}: not a layout (it is a ${m.kind})`);
  if (!opts.layoutKeys.length) throw new ProvenantError('USAGE', 'verifying a layout needs at least one layout key');
  for (const k of opts.layoutKeys) {
    if (!verifyMetadataSignature(m, k.verify, [])) {
      throw new ProvenantError('LAYOUT_SIGNATURE', `${m.source}: no valid signature by layout key ${k.ids[0].slice(0, 16)}… (${m.signatures.length} signature(s) present)`);
    }
  }
  const layout = structuredClone(m.signed) as Record<string, any>;
  checkLayoutShape(layout, m.source);
  // 2. expiry
  const now = opts.now ?? new Date();
  if (Date.parse(layout.expires) <= now.getTime()) throw new ProvenantError('LAYOUT_EXPIRED', `${m.source}: the layout expired at ${layout.expires}`);
  // 3. parameters
  if (opts.params) substitute(layout, opts.params);
  const keys = layout.keys as Record<string, SslibKey>;
  const mainOfSub = new Map<string, string>();
  for (const [id, k] of Object.entries(keys)) for (const sub of Object.keys(k?.subkeys ?? {})) mainOfSub.set(sub, id);
  const verificationKey = (id: string): { main: string; key: SslibKey } | undefined => {
    if (keys[id]) return { main: id, key: keys[id] };
    const main = mainOfSub.get(id);
    if (main) return { main, key: keys[main].subkeys![id] };
    return undefined;
  };
  // 4. links per step, from authorized keys (each key id form gives a file name)
  const steps = (layout.steps ?? []) as Array<Record<string, any>>;
  const chain: Record<string, Map<string, { meta: Metadata; path: string }>> = {};
  for (const step of steps) {
    const found = new Map<string, { meta: Metadata; path: string }>();
    const authorized: string[] = [];
    for (const id of step.pubkeys ?? []) authorized.push(id, ...Object.keys(keys[id]?.subkeys ?? {}));
    for (const id of authorized) {
      const vk = verificationKey(id);
      const ids = [id, ...(vk ? safeIds(vk.key) : [])];
      for (const cand of new Set(ids)) {
        const file = join(opts.linkDir, `${step.name}.${cand.slice(0, 8)}.link`);
        if (found.has(id) || !existsSync(file)) continue;
        found.set(id, { meta: loadLink(file), path: file });
      }
    }
    const threshold = step.threshold ?? 1;
    if (found.size < threshold) throw new ProvenantError('THRESHOLD_NOT_MET', `step '${step.name}' requires ${threshold} link file(s), found ${found.size} in ${opts.linkDir}`);
    chain[step.name] = found;
  }
  // 5. signatures and thresholds over distinct (main) keys
  const verified: Record<string, Map<string, { meta: Metadata; path: string }>> = {};
  for (const step of steps) {
    const ok = new Map<string, { meta: Metadata; path: string }>();
    const mains = new Set<string>();
    for (const [id, link] of chain[step.name]) {
      const vk = verificationKey(id);
      if (!vk || !(step.pubkeys ?? []).some((p: string) => p === id || p === vk.main)) {
        warn(`step '${step.name}': skipped ${link.path}: key ${id.slice(0, 8)} is not authorized`);
        continue;
      }
      let good = false;
      try {
        good = verifyMetadataSignature(link.meta, sslibPublicKey(vk.key, `layout key ${id}`), []);
      } catch (e) {
        warn(`step '${step.name}': skipped ${link.path}: ${(e as Error).message}`);
        continue;
      }
      if (!good) {
        warn(`step '${step.name}': skipped ${link.path}: its signature by ${id.slice(0, 8)} does not verify`);
        continue;
      }
      if (link.meta.kind !== 'layout') {
        if (link.meta.kind === 'provenance' && !link.meta.signed.name) link.meta.signed.name = step.name;
        if (link.meta.signed.name !== step.name) {
          warn(`step '${step.name}': skipped ${link.path}: it is the link of step '${link.meta.signed.name}'`);
          continue;
        }
      }
      if (mains.has(vk.main)) warn(`step '${step.name}': several links by subkeys of ${vk.main.slice(0, 8)} count once`);
      mains.add(vk.main);
      ok.set(id, link);
    }
    const threshold = step.threshold ?? 1;
    if (mains.size < threshold) {
      throw new ProvenantError('THRESHOLD_NOT_MET', `step '${step.name}' requires ${threshold} link(s) validly signed by different authorized functionaries, found ${mains.size}`);
    }
    verified[step.name] = ok;
  }
  // 6. sublayouts: each stands for its step through a summary link
  const links: Record<string, Map<string, LinkBody>> = {};
  for (const step of steps) {
    const per = new Map<string, LinkBody>();
    for (const [id, link] of verified[step.name]) {
      if (link.meta.kind === 'layout') {
        const vk = verificationKey(id)!;
        const sslib = vk.key;
        const sub = await verifyLayout({
          layoutPath: link.path,
          metadata: link.meta,
          layoutKeys: [{ sslib: { ...sslib, keyid: id }, ids: safeIds(sslib), verify: sslibPublicKey(sslib, `layout key ${id}`) }],
          linkDir: join(opts.linkDir, `${step.name}.${id.slice(0, 8)}`),
          params: opts.params,
          inspectionDir: opts.inspectionDir,
          now,
          onWarning: opts.onWarning,
          stepName: step.name,
        });
        warnings.push(...sub.warnings);
        per.set(id, sub.summary);
      } else per.set(id, link.meta.signed as LinkBody);
    }
    links[step.name] = per;
  }
  // 7. command alignment (a warning only)
  for (const step of steps) {
    const expected = (step.expected_command ?? []) as string[];
    for (const l of links[step.name].values()) {
      if (JSON.stringify(l.command ?? []) !== JSON.stringify(expected)) warn(`step '${step.name}': command [${(l.command ?? []).join(' ')}] differs from the expected [${expected.join(' ')}]`);
    }
  }
  // 8. threshold links must agree
  for (const step of steps) {
    if ((step.threshold ?? 1) <= 1) continue;
    const all = [...links[step.name].entries()];
    const [refId, ref] = all[0];
    for (const [id, l] of all.slice(1)) {
      if (!sameArtifacts(ref.materials, l.materials) || !sameArtifacts(ref.products, l.products)) {
        throw new ProvenantError('THRESHOLD_NOT_MET', `step '${step.name}': the links of ${refId.slice(0, 8)} and ${id.slice(0, 8)} report different artifacts`);
      }
    }
  }
  // 9. step rules on one link per step
  const reduced: Record<string, LinkBody> = {};
  for (const step of steps) reduced[step.name] = links[step.name].values().next().value!;
  for (const step of steps) {
    applyRules(step.name, 'materials', step.expected_materials ?? [], reduced, 'step');
    applyRules(step.name, 'products', step.expected_products ?? [], reduced, 'step');
  }
  // 10. inspections run in the inspection directory, recording everything there
  const inspections: LayoutReport['inspections'] = [];
  const combined: Record<string, LinkBody> = { ...reduced };
  const cwd = opts.inspectionDir ?? process.cwd();
  for (const insp of (layout.inspect ?? []) as Array<Record<string, any>>) {
    const materials = await recordArtifacts(['.'], { baseDir: cwd });
    const r = spawnSync(insp.run[0], insp.run.slice(1), { cwd, encoding: 'utf8', timeout: 10 * 60 * 1000, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw new ProvenantError('INSPECTION_FAILED', `inspection '${insp.name}': cannot run [${insp.run.join(' ')}]: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`);
    const rv = r.status ?? -1;
    if (rv !== 0) throw new ProvenantError('INSPECTION_FAILED', `inspection '${insp.name}': [${insp.run.join(' ')}] exited with ${r.status ?? r.signal}${r.stderr ? `: ${r.stderr.trim().split('\n').slice(-1)[0].slice(0, 200)}` : ''}`);
    const products = await recordArtifacts(['.'], { baseDir: cwd });
    combined[insp.name] = { _type: 'link', name: insp.name, command: insp.run, materials, products, byproducts: { stdout: r.stdout, stderr: r.stderr, 'return-value': rv }, environment: {} };
    inspections.push({ name: insp.name, command: insp.run, returnValue: rv });
  }
  // 11. inspection rules, with the links of steps and inspections
  for (const insp of (layout.inspect ?? []) as Array<Record<string, any>>) {
    applyRules(insp.name, 'materials', insp.expected_materials ?? [], combined, 'inspection');
    applyRules(insp.name, 'products', insp.expected_products ?? [], combined, 'inspection');
  }
  const first = steps.length ? reduced[steps[0].name] : undefined;
  const last = steps.length ? reduced[steps[steps.length - 1].name] : undefined;
  return {
    layout: m.source,
    steps: steps.map((s) => ({ name: s.name, links: [...verified[s.name].values()].map((l) => l.path), keyids: [...verified[s.name].keys()] })),
    inspections,
    warnings,
    summary: { _type: 'link', name: opts.stepName ?? '', command: last?.command ?? [], materials: first?.materials ?? {}, products: last?.products ?? {}, byproducts: last?.byproducts ?? {}, environment: {} },
  };
}

function safeIds(k: SslibKey): string[] {
  try {
    return sslibKeyIds(k);
  } catch {
    return k.keyid ? [k.keyid] : [];
  }
}
