/**
 * in-toto layout verification with the reference implementation's semantics (in_toto.verifylib.in_toto_verify),
 * in its order:
 *  1. every given layout key has a valid signature on the layout (the first signature carrying the key's id counts);
 *  2. the layout has not expired;
 *  3. parameters are substituted (Python str.format) into expected commands, rules and inspection commands;
 *  4. links are loaded per step for each authorized key id (and subkey), fewer than the threshold is a failure;
 *  5. link signatures are checked, unauthorized or badly signed links are dropped, and each step needs `threshold`
 *     links from distinct authorized functionaries (subkeys of one key count once);
 *  6. sublayouts are verified recursively (links in `<step>.<keyid8>/`), each standing for its step by a summary
 *     link (the materials of its first step, the products of its last), but only where allowed (see below);
 *  7. a command different from the expected one is only a warning;
 *  8. the links of a step with threshold > 1 must report the same materials and products;
 *  9. the material and product rules of every step are applied;
 * 10. the inspections are run (in the inspection directory, recording it before and after);
 * 11. the inspection rules are applied, with the links of steps and inspections.
 *
 * Beyond the reference: links are found and signatures recognised under both securesystemslib key-id forms (legacy,
 * with keyid_hash_algorithms, and current); links may be DSSE envelopes (the reference's link in DSSE, an in-toto
 * Statement with the link v0.3 predicate, or SLSA provenance standing for a step); a layout may be a DSSE envelope; a
 * link whose recorded name is another step's is not accepted for a step. Every failure is a coded ProvenantError
 * whose message names the step or inspection, the rule and the artifacts.
 *
 * Deliberately stricter than the reference (issue 16): a functionary authorised for a step could hand in a layout
 * signed with its key instead of a link, and its inspections would run on the verifying machine. A sublayout is
 * verified only where the layout that names the step allows it (`"provenant.dev/allow-sublayout": true` on the step;
 * the reference's model has no such field) or the verifier does (`allowSublayouts`: every step at every depth, or
 * steps of the root layout by name); otherwise SUBLAYOUT_REFUSED names the step and the file, before anything of the
 * sublayout runs. Inspections run with a minimal environment (inspectionEnvironment), never the caller's secrets.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createHash, type KeyObject } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ProvenantError } from '../errors.js';
import { checkKeySignature, parseMetadata, type LinkBody, type Metadata } from './metablock.js';
import { FormatError, PARAMETER_KEY, pyFormat } from './pyformat.js';
import { recordArtifacts } from './record.js';
import { applyRules, pyEqual, unpackRule } from './rules.js';
import { sslibKeyIds, sslibPublicKey, type LoadedFunctionaryKey, type SslibKey } from './sslib.js';
import { READ_LIMITS, readContainedFileSync, readRegularFileSync } from '../util/fs.js';
import { printable } from '../util/escape.js';

export interface LayoutVerifyOptions {
  layoutPath: string;
  layoutKeys: LoadedFunctionaryKey[];
  linkDir: string;
  /** `--param KEY=VALUE`: substituted into commands, rules and inspections (Python str.format); not into sublayouts. */
  params?: Record<string, string>;
  /** Where inspections run and record their artifacts (default: the current directory). */
  inspectionDir?: string;
  /** Inspection time limit in seconds (default 3600; the reference's LINK_CMD_EXEC_TIMEOUT is 10). */
  inspectionTimeout?: number;
  /** Variables passed to inspections beyond the minimal environment (never the action's inputs and tokens). */
  inspectionEnv?: string[];
  /**
   * Sublayouts the verifier allows: true for every step (at every depth), or names of the root layout's steps.
   * Without it, only steps whose layout says `"provenant.dev/allow-sublayout": true` may be sublayouts.
   */
  allowSublayouts?: boolean | string[];
  /**
   * Folders the layout and every link file must lie in after resolving symlinks (the verify action: the workspace
   * and the runner's temp); without it, anywhere. Either way only regular files of bounded size are read.
   */
  contain?: string[];
  now?: Date;
  onWarning?: (m: string) => void;
  /** Internal: the step name a sublayout stands for. */
  stepName?: string;
  /** Internal: an already parsed layout (sublayouts). */
  metadata?: Metadata;
  /** Internal: sublayout nesting depth. */
  depth?: number;
}

export interface LayoutReport {
  layout: string;
  steps: Array<{ name: string; links: string[]; keyids: string[] }>;
  inspections: Array<{ name: string; command: string[]; returnValue: number }>;
  warnings: string[];
  /** The summary link: materials of the first step, products, command and byproducts of the last. */
  summary: LinkBody;
}

/** The step field by which a layout's signer allows a functionary to hand in a sublayout for the step. */
export const ALLOW_SUBLAYOUT_FIELD = 'provenant.dev/allow-sublayout';

/** Variables an inspection gets from the verifier's environment: the search path, home, locale, temp folder, zone. */
const INSPECTION_ENV = /^(PATH|HOME|LANG|LANGUAGE|LC_[A-Z_]+|TMPDIR|TZ)$/;
/** Variables never passed to an inspection, even when named: the actions' inputs, runtime and OIDC tokens. */
const SECRET_ENV = /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN)$/i;

/**
 * The environment inspections run with: PATH, HOME, LANG, LANGUAGE, LC_*, TMPDIR (else the runner's RUNNER_TEMP) and
 * TZ from `from`, plus the variables named in `extra` (a USAGE error for an action input, ACTIONS_* or a token).
 */
function inspectionEnvironment(extra: string[] = [], from: NodeJS.ProcessEnv = process.env): Record<string, string> {
  for (const name of extra) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      throw new ProvenantError('USAGE', `--inspection-env ${JSON.stringify(name)}: not a variable name`);
    }
    if (SECRET_ENV.test(name)) {
      throw new ProvenantError(
        'USAGE',
        `--inspection-env ${name}: the actions' inputs, ACTIONS_* and GitHub tokens are never passed to inspections`,
      );
    }
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(from)) {
    if (v !== undefined && (INSPECTION_ENV.test(k) || extra.includes(k)) && !SECRET_ENV.test(k)) env[k] = v;
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  env.TMPDIR ??= from.RUNNER_TEMP || tmpdir();
  return env;
}

function sublayoutAllowed(step: Record<string, any>, opts: LayoutVerifyOptions): boolean {
  if (step[ALLOW_SUBLAYOUT_FIELD] === true || opts.allowSublayouts === true) return true;
  return (opts.depth ?? 0) === 0 && Array.isArray(opts.allowSublayouts) && opts.allowSublayouts.includes(step.name);
}

const EXPIRES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const HEX = /^[a-fA-F0-9]+$/;
const MAX_DEPTH = 16;

/** `YYYY-MM-DDTHH:MM:SSZ` with a real date and time (the reference parses it with iso8601), as epoch ms. */
export function parseExpires(v: unknown): number | undefined {
  if (typeof v !== 'string' || !EXPIRES.test(v)) return undefined;
  const [y, mo, d, h, mi, s] = v.match(/\d+/g)!.map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  if (
    y < 1 ||
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return undefined;
  return t;
}

/** The reference's format checks of a layout (in_toto.models.layout validate), as LAYOUT_INVALID. */
export function checkLayout(l: Record<string, any>, source: string): void {
  const bad = (m: string) => new ProvenantError('LAYOUT_INVALID', `${source}: ${m}`);
  const isDict = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  if (l._type !== 'layout') throw bad(`_type is '${l._type}', not 'layout'`);
  if (parseExpires(l.expires) === undefined)
    throw bad(`expires '${l.expires}' is not a date and time as YYYY-MM-DDTHH:MM:SSZ`);
  if (l.readme !== undefined && typeof l.readme !== 'string') throw bad('readme is not a string');
  if (l.keys !== undefined) {
    if (!isDict(l.keys)) throw bad('keys is not an object');
    for (const [id, k] of Object.entries(l.keys as Record<string, any>)) {
      if (!HEX.test(id)) throw bad(`key id '${id}' is not hex`);
      if (!isDict(k) || typeof k.keytype !== 'string' || !isDict(k.keyval) || typeof k.keyval.public !== 'string')
        throw bad(`key ${id.slice(0, 8)} is not a public key {keytype, scheme, keyval: {public}}`);
      if (k.keyval.private !== undefined && k.keyval.private !== '')
        throw bad(`key ${id.slice(0, 8)} carries a private part`);
    }
  }
  for (const f of ['steps', 'inspect']) if (!Array.isArray(l[f])) throw bad(`${f} is not a list`);
  const names = new Set<string>();
  const item = (x: Record<string, any>, what: 'step' | 'inspection') => {
    if (!isDict(x)) throw bad(`a ${what} is not an object`);
    if (typeof x.name !== 'string') throw bad(`a ${what} has no name`);
    if (names.has(x.name)) throw bad(`the name '${x.name}' is used by two steps or inspections (names must be unique)`);
    names.add(x.name);
    for (const f of ['expected_materials', 'expected_products']) {
      if (x[f] === undefined) continue;
      if (!Array.isArray(x[f])) throw bad(`${what} '${x.name}' ${f} is not a list`);
      (x[f] as unknown[]).forEach((r, i) => {
        unpackRule(r, `${source}: ${what} '${x.name}' ${f}[${i}]`);
      });
    }
  };
  for (const s of l.steps as Array<Record<string, any>>) {
    item(s, 'step');
    // a step's links are read as <name>.<keyid8>.link in the link folder (a sublayout's from <name>.<keyid8>/): a name
    // that is not a plain file name would read from elsewhere
    if (!s.name || /[/\\\u0000-\u001f\u007f]/.test(s.name) || s.name === '.' || s.name === '..')
      throw bad(`step name '${printable(s.name)}' is not a file name (no '/', '\\', control characters, '.' or '..')`);
    if (s.threshold !== undefined && !Number.isInteger(s.threshold) && typeof s.threshold !== 'boolean')
      throw bad(`step '${s.name}' threshold ${JSON.stringify(s.threshold)} is not an integer`);
    if (
      s.pubkeys !== undefined &&
      (!Array.isArray(s.pubkeys) || s.pubkeys.some((k: unknown) => typeof k !== 'string' || !HEX.test(k)))
    )
      throw bad(`step '${s.name}' pubkeys is not a list of key ids`);
    if (s.expected_command !== undefined && !Array.isArray(s.expected_command))
      throw bad(`step '${s.name}' expected_command is not a list`);
    if (s[ALLOW_SUBLAYOUT_FIELD] !== undefined && typeof s[ALLOW_SUBLAYOUT_FIELD] !== 'boolean') {
      throw bad(`step '${s.name}' ${ALLOW_SUBLAYOUT_FIELD} is not true or false`);
    }
  }
  for (const i of l.inspect as Array<Record<string, any>>) {
    item(i, 'inspection');
    if (i.run !== undefined && !Array.isArray(i.run)) throw bad(`inspection '${i.name}' run is not a list`);
  }
}

function substitute(layout: Record<string, any>, params: Record<string, string>, source: string): void {
  const fmt = (list: unknown, where: string): unknown => {
    if (!Array.isArray(list)) return list;
    return list.map((x) => {
      if (typeof x !== 'string')
        throw new ProvenantError(
          'LAYOUT_INVALID',
          `${source}: ${where}: ${JSON.stringify(x)} is not a string to substitute parameters in`,
        );
      try {
        return pyFormat(x, params);
      } catch (e) {
        if (e instanceof FormatError)
          throw new ProvenantError(
            'LAYOUT_INVALID',
            `${source}: ${where} '${x}': ${e.message}` +
              `${/has no value/.test(e.message) ? ` (--param ${/\{([^}]*)\}/.exec(e.message)?.[1] ?? ''}=VALUE)` : ''}`,
          );
        throw e;
      }
    });
  };
  for (const [items, what] of [
    [layout.steps, 'step'],
    [layout.inspect, 'inspection'],
  ] as const) {
    for (const s of items as Array<Record<string, any>>) {
      s.expected_materials = (s.expected_materials ?? []).map((r: unknown) =>
        fmt(r, `${what} '${s.name}' expected_materials`),
      );
      s.expected_products = (s.expected_products ?? []).map((r: unknown) =>
        fmt(r, `${what} '${s.name}' expected_products`),
      );
      if (what === 'step') s.expected_command = fmt(s.expected_command ?? [], `step '${s.name}' expected_command`);
      else s.run = fmt(s.run ?? [], `inspection '${s.name}' run`);
    }
  }
}

function threshold(step: Record<string, any>): number {
  const t = step.threshold ?? 1;
  return typeof t === 'boolean' ? Number(t) : t; // Python: bool is an int
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a layout or link file: a regular file of bounded size, inside `opts.contain` when given. */
function readInput(opts: LayoutVerifyOptions, path: string, what: string, maxBytes: number): Buffer {
  if (!opts.contain?.length) return readRegularFileSync(path, { maxBytes, what });
  return readContainedFileSync(path, { root: opts.contain, maxBytes, what }).data;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The ids a key answers to: the layout's id, the declared keyid, the legacy and current securesystemslib forms. */
function keyIdsOf(k: SslibKey | undefined, declared: string): string[] {
  if (!k) return [declared];
  let forms: string[] = [];
  try {
    forms = sslibKeyIds(k);
  } catch {
    forms = k.keyid ? [k.keyid] : [];
  }
  return [...new Set([declared, ...forms])];
}

/** The sha256 of the DER SubjectPublicKeyInfo: the keyid Provenant's DSSE/Sigstore signing writes (attest --key). */
function spkiId(verify: { key: KeyObject }): string {
  return createHash('sha256')
    .update(verify.key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

function fingerprint(k: SslibKey | undefined): string | undefined {
  const pub = k?.keyval?.public;
  return typeof pub === 'string' && pub ? `${k!.keytype}:${pub.trim()}` : undefined;
}

interface LoadedLink {
  meta: Metadata;
  path: string;
}

/** Verifies a layout and its links; returns the report, throws a coded ProvenantError on the first failure. */
export async function verifyLayout(opts: LayoutVerifyOptions): Promise<LayoutReport> {
  const warnings: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    opts.onWarning?.(m);
  };
  const depth = opts.depth ?? 0;
  const inspectionEnv = inspectionEnvironment(opts.inspectionEnv);
  if (depth > MAX_DEPTH)
    throw new ProvenantError('LAYOUT_INVALID', `${opts.layoutPath}: sublayouts nested more than ${MAX_DEPTH} deep`);
  const m =
    opts.metadata ??
    (() => {
      const buf = readInput(opts, opts.layoutPath, 'layout', READ_LIMITS.document);
      try {
        return parseMetadata(buf, opts.layoutPath);
      } catch (e) {
        throw new ProvenantError('LAYOUT_INVALID', (e as Error).message);
      }
    })();
  if (m.kind !== 'layout') throw new ProvenantError('LAYOUT_INVALID', `${m.source}: not a layout (it is a ${m.kind})`);
  const layout = structuredClone(m.signed) as Record<string, any>;
  layout.steps ??= [];
  layout.inspect ??= [];
  checkLayout(layout, m.source);
  // 1. every given layout key signed the layout
  if (!opts.layoutKeys.length) throw new ProvenantError('USAGE', 'verifying a layout needs at least one layout key');
  for (const k of opts.layoutKeys) {
    const r = checkKeySignature(m, k.verify, m.format === 'dsse' ? [...k.ids, spkiId(k.verify)] : k.ids);
    if (!r.ok)
      throw new ProvenantError(
        'LAYOUT_SIGNATURE',
        `${m.source}: not signed by layout key ${k.ids[0].slice(0, 8)}: ${r.why}`,
      );
  }
  // 2. expiry
  const now = opts.now ?? new Date();
  if (parseExpires(layout.expires)! <= now.getTime())
    throw new ProvenantError('LAYOUT_EXPIRED', `${m.source}: the layout expired at ${layout.expires}`);
  // 3. parameters
  if (opts.params) {
    for (const k of Object.keys(opts.params))
      if (!PARAMETER_KEY.test(k)) throw new ProvenantError('USAGE', `parameter name '${k}' is not [a-zA-Z0-9_-]+`);
    substitute(layout, opts.params, m.source);
  }
  const keys = (layout.keys ?? {}) as Record<string, SslibKey>;
  const mainOfSub = new Map<string, string>();
  for (const [id, k] of Object.entries(keys)) for (const sub of Object.keys(k?.subkeys ?? {})) mainOfSub.set(sub, id);
  const steps = layout.steps as Array<Record<string, any>>;
  // 4. links per step, for each authorized key id and its subkeys (a file under any id form of the key)
  const chain: Record<string, Map<string, LoadedLink>> = {};
  for (const step of steps) {
    const found = new Map<string, LoadedLink>();
    const used = new Set<string>();
    for (const authorized of (step.pubkeys ?? []) as string[]) {
      const main = Object.hasOwn(keys, authorized) ? keys[authorized] : undefined;
      for (const id of [authorized, ...Object.keys(main?.subkeys ?? {})]) {
        if (found.has(id)) continue;
        const key = id === authorized ? main : main?.subkeys?.[id];
        for (const form of keyIdsOf(key, id)) {
          const file = join(opts.linkDir, `${step.name}.${form.slice(0, 8)}.link`);
          if (!isFile(file)) continue; // the reference skips what it cannot open
          if (used.has(file)) break; // one file never stands for two key ids (a key listed under both id forms)
          used.add(file);
          found.set(id, {
            meta: parseMetadata(readInput(opts, file, 'link', READ_LIMITS.attestation), file),
            path: file,
          });
          break;
        }
      }
    }
    if (found.size < threshold(step))
      throw new ProvenantError(
        'THRESHOLD_NOT_MET',
        `step '${step.name}' requires ${threshold(step)} link file(s) (${step.name}.<keyid8>.link), found ` +
          `${found.size} in ${opts.linkDir}`,
      );
    chain[step.name] = found;
  }
  // 5. signatures, authorization and thresholds over distinct (main) keys
  const verified: Record<string, Map<string, LoadedLink & { key: SslibKey; ids: string[] }>> = {};
  for (const step of steps) {
    const ok = new Map<string, LoadedLink & { key: SslibKey; ids: string[] }>();
    const mains: string[] = [];
    for (const [linkId, link] of chain[step.name]) {
      let key: SslibKey | undefined;
      let main: string | undefined;
      for (const authorized of (step.pubkeys ?? []) as string[]) {
        const ak = Object.hasOwn(keys, authorized) ? keys[authorized] : undefined;
        const mainForSub = mainOfSub.get(authorized);
        if (ak && linkId === authorized) [key, main] = [ak, authorized];
        else if (mainForSub && linkId === authorized) [key, main] = [keys[mainForSub].subkeys![authorized], mainForSub];
        else if (ak && Object.hasOwn(ak.subkeys ?? {}, linkId)) [key, main] = [ak.subkeys![linkId], authorized];
        if (key) break;
      }
      if (!key || !main) {
        warn(`step '${step.name}': skipped ${link.path}: key ${linkId.slice(0, 8)} is not authorized for this step`);
        continue;
      }
      let good: { ok: boolean; why: string };
      const ids = keyIdsOf(key, linkId);
      try {
        const pub = sslibPublicKey(key, `${m.source}: key ${linkId.slice(0, 8)}`);
        good = checkKeySignature(link.meta, pub, link.meta.format === 'dsse' ? [...ids, spkiId(pub)] : ids);
      } catch (e) {
        warn(`step '${step.name}': skipped ${link.path}: ${(e as Error).message}`);
        continue;
      }
      if (!good.ok) {
        warn(`step '${step.name}': skipped ${link.path}: ${good.why}`);
        continue;
      }
      if (link.meta.kind === 'layout' && !sublayoutAllowed(step, opts)) {
        const how = depth === 0 ? `--allow-sublayout ${step.name} or --allow-sublayouts` : '--allow-sublayouts';
        throw new ProvenantError(
          'SUBLAYOUT_REFUSED',
          `step '${step.name}': ${link.path} is a sublayout signed by functionary ${linkId.slice(0, 8)}, not a link; ` +
            'sublayouts (and their inspections) run only when the layout allows them for the step ' +
            `("${ALLOW_SUBLAYOUT_FIELD}": true) or the verifier does (${how})`,
        );
      }
      if (link.meta.kind !== 'layout') {
        if (link.meta.kind === 'provenance' && !link.meta.signed.name) link.meta.signed.name = step.name;
        if (link.meta.signed.name !== step.name) {
          warn(`step '${step.name}': skipped ${link.path}: it is the link of step '${link.meta.signed.name}'`);
          continue;
        }
      }
      if (mains.includes(main))
        warn(
          `step '${step.name}': links signed by several subkeys of key ${main.slice(0, 8)} count once ` +
            `towards the threshold`,
        );
      mains.push(main);
      ok.set(linkId, { ...link, key, ids });
    }
    // distinct functionaries: by main key id and by key material (a key listed twice counts once)
    const distinct = new Set(mains.map((x) => fingerprint(keys[x]) ?? x)).size;
    if (distinct < threshold(step)) {
      throw new ProvenantError(
        'THRESHOLD_NOT_MET',
        `step '${step.name}' requires ${threshold(step)} link(s) validly signed by different authorized ` +
          `functionaries, found ${distinct}`,
      );
    }
    verified[step.name] = ok;
  }
  // 6. sublayouts: each stands for its step through a summary link
  const links: Record<string, Map<string, LinkBody>> = {};
  for (const step of steps) {
    const per = new Map<string, LinkBody>();
    for (const [id, link] of verified[step.name]) {
      if (link.meta.kind !== 'layout') {
        per.set(id, link.meta.signed as LinkBody);
        continue;
      }
      const dirs = link.ids.map((f) => join(opts.linkDir, `${step.name}.${f.slice(0, 8)}`));
      const subDir = dirs.find(isDir) ?? dirs[0];
      const sub = await verifyLayout({
        layoutPath: link.path,
        metadata: link.meta,
        layoutKeys: [
          {
            sslib: { ...link.key, keyid: id },
            ids: link.ids,
            verify: sslibPublicKey(link.key, `key ${id.slice(0, 8)}`),
          },
        ],
        linkDir: subDir,
        inspectionDir: opts.inspectionDir,
        inspectionTimeout: opts.inspectionTimeout,
        inspectionEnv: opts.inspectionEnv,
        allowSublayouts: opts.allowSublayouts === true ? true : undefined,
        contain: opts.contain,
        now,
        onWarning: (w) => warn(`sublayout of step '${step.name}': ${w}`),
        stepName: step.name,
        depth: depth + 1,
      }).catch((e: unknown) => {
        if (e instanceof ProvenantError)
          throw new ProvenantError(e.code, `sublayout of step '${step.name}' (${link.path}): ${e.message}`);
        throw e;
      });
      per.set(id, sub.summary);
    }
    links[step.name] = per;
  }
  // 7. command alignment (a warning only)
  for (const step of steps) {
    const expected = (step.expected_command ?? []) as unknown[];
    for (const l of links[step.name].values()) {
      if (!pyEqual(l.command ?? [], expected))
        warn(
          `step '${step.name}': command [${(l.command ?? []).join(' ')}] differs from the expected [` +
            `${expected.join(' ')}]`,
        );
    }
  }
  // 8. the links of a multi-functionary step must agree
  for (const step of steps) {
    if (threshold(step) <= 1) continue;
    const all = [...links[step.name].entries()];
    const [refId, ref] = all[0];
    for (const [id, l] of all.slice(1)) {
      if (!pyEqual(ref.materials ?? {}, l.materials ?? {}) || !pyEqual(ref.products ?? {}, l.products ?? {})) {
        throw new ProvenantError(
          'THRESHOLD_NOT_MET',
          `step '${step.name}': the links of ${refId.slice(0, 8)} and ${id.slice(0, 8)} report different ` +
            `materials or products`,
        );
      }
    }
  }
  // 9. step rules on one link per step
  const reduced: Record<string, LinkBody> = {};
  for (const step of steps) {
    const first = links[step.name].values().next();
    if (first.done)
      throw new ProvenantError(
        'THRESHOLD_NOT_MET',
        `step '${step.name}' (threshold ${threshold(step)}) has no link to check its rules against`,
      );
    reduced[step.name] = first.value;
  }
  for (const step of steps) {
    applyRules(step.name, 'materials', step.expected_materials ?? [], reduced, 'step');
    applyRules(step.name, 'products', step.expected_products ?? [], reduced, 'step');
  }
  // 10. inspections run in the inspection directory, recording everything there
  const inspections: LayoutReport['inspections'] = [];
  const combined: Record<string, LinkBody> = { ...reduced };
  const cwd = opts.inspectionDir ?? process.cwd();
  for (const insp of layout.inspect as Array<Record<string, any>>) {
    const run = (insp.run ?? []) as unknown[];
    if (!run.length || run.some((x) => typeof x !== 'string'))
      throw new ProvenantError(
        'INSPECTION_FAILED',
        `inspection '${insp.name}': run ${JSON.stringify(run)} is not a command`,
      );
    const cmd = run as string[];
    const materials = await recordArtifacts(['.'], { baseDir: cwd });
    const r = spawnSync(cmd[0], cmd.slice(1), {
      cwd,
      encoding: 'utf8',
      timeout: (opts.inspectionTimeout ?? 3600) * 1000,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: inspectionEnv,
    });
    if (r.error) {
      const code = (r.error as NodeJS.ErrnoException).code;
      const why =
        code === 'ETIMEDOUT'
          ? `did not finish within ${opts.inspectionTimeout ?? 3600}s`
          : `cannot run: ${code ?? r.error.message}`;
      throw new ProvenantError('INSPECTION_FAILED', `inspection '${insp.name}': [${cmd.join(' ')}] ${why}`);
    }
    const rv = r.status ?? -1;
    if (rv !== 0)
      throw new ProvenantError(
        'INSPECTION_FAILED',
        `inspection '${insp.name}': [${cmd.join(' ')}] exited with ${r.status ?? r.signal}` +
          `${r.stderr?.trim() ? `: ${r.stderr.trim().split('\n').slice(-1)[0].slice(0, 200)}` : ''}`,
      );
    const products = await recordArtifacts(['.'], { baseDir: cwd });
    combined[insp.name] = {
      _type: 'link',
      name: insp.name,
      command: cmd,
      materials,
      products,
      byproducts: { stdout: r.stdout, stderr: r.stderr, 'return-value': rv },
      environment: {},
    };
    inspections.push({ name: insp.name, command: cmd, returnValue: rv });
  }
  // 11. inspection rules, with the links of steps and inspections
  for (const insp of layout.inspect as Array<Record<string, any>>) {
    applyRules(insp.name, 'materials', insp.expected_materials ?? [], combined, 'inspection');
    applyRules(insp.name, 'products', insp.expected_products ?? [], combined, 'inspection');
  }
  const first = steps.length ? reduced[steps[0].name] : undefined;
  const last = steps.length ? reduced[steps[steps.length - 1].name] : undefined;
  return {
    layout: m.source,
    steps: steps.map((s) => ({
      name: s.name,
      links: [...verified[s.name].values()].map((l) => l.path),
      keyids: [...verified[s.name].keys()],
    })),
    inspections,
    warnings,
    summary: {
      _type: 'link',
      name: opts.stepName ?? '',
      command: last?.command ?? [],
      materials: first?.materials ?? {},
      products: last?.products ?? {},
      byproducts: last?.byproducts ?? {},
      environment: {},
    },
  };
}
