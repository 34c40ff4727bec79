import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ProvenantError } from '../errors.js';
import { encodeCanonical } from '../intoto/canonical.js';
import { decodeBase64, pae, parseEnvelope, type Envelope } from '../intoto/dsse.js';
import { signBytes } from '../intoto/keys.js';
import { ALLOW_SUBLAYOUT_FIELD } from '../intoto/layout.js';
import { normalizeLayout } from '../intoto/layout-model.js';
import { unpackRule } from '../intoto/rules.js';
import { shlexSplit } from '../intoto/shlex.js';
import { parseJsonStrict } from '../schemas/index.js';
import { loadFunctionaryKey, sslibKeyIds } from '../intoto/sslib.js';
import { READ_LIMITS, readRegularFileSync, writeFileAtomic } from '../util/fs.js';
import { parseCommandArgs } from './args.js';
import { writeJson } from './output.js';

export const summary = 'author in-toto layouts: new (from a readable description) and sign';

const HELP = `Usage: provenant layout new DESCRIPTION.(yaml|json) -o root.layout [--key KEY]...
       provenant layout sign LAYOUT --key KEY [--key KEY]... [-o OUT]

new turns a readable description into a layout (keys by file, rules and commands as strings split like a shell
line, expires as a date or a duration such as 30d, 6m, 1y) and, with --key, signs it. sign adds (or replaces) the
signature of each key: hex over the canonical JSON of "signed", as in-toto-sign does (a layout missing fields is
first given the in-toto model's defaults, expires one month ahead); OUT defaults to LAYOUT. Keys: PEM (RSA, ECDSA,
ed25519) or securesystemslib JSON; a layout lists each key under its declared keyid (else the legacy id form).
A layout in a DSSE envelope (in-toto 2.x) is signed over the PAE, keeping the envelope form. --json prints
{"schemaVersion":1,"layout","format","signatures","expires"} (schemas/cli-layout.json); -k is --key (in-toto-sign).

Description:
  expires: 1y                       # or 2027-01-01T00:00:00Z
  readme: Release supply chain
  keys: { bob: keys/bob.pub, carl: keys/carl.pub }
  steps:
    - name: write-code
      functionaries: [bob]
      threshold: 1
      expected_command: ""           # a string (split on spaces) or a list
      materials: []
      products: ["CREATE foo.py"]
    - name: package
      functionaries: [carl]
      expected_command: tar zcvf foo.tar.gz foo.py
      materials: ["MATCH foo.py WITH PRODUCTS FROM write-code", "DISALLOW *"]
      products: ["CREATE foo.tar.gz", "ALLOW foo.py"]
      # sublayout: true                # carl may hand in a layout of his own for this step; Provenant-only:
                                      # in-toto-verify rejects the signature of a layout carrying it
  inspect:
    - name: untar
      run: tar xfz foo.tar.gz
      materials: ["MATCH foo.tar.gz WITH PRODUCTS FROM package"]
      products: ["MATCH foo.py WITH PRODUCTS FROM write-code"]
`;

function expiresFrom(v: unknown, now: Date): string {
  if (v instanceof Date) v = v.toISOString();
  if (typeof v !== 'string')
    throw new ProvenantError(
      'LAYOUT_INVALID',
      'expires: give a date (YYYY-MM-DDTHH:MM:SSZ) or a duration (30d, 6m, 1y)',
    );
  const d = /^(\d+)\s*([dwmy])$/.exec(v.trim());
  let t: Date;
  if (d) {
    t = new Date(now);
    const n = Number(d[1]);
    if (d[2] === 'd') t.setUTCDate(t.getUTCDate() + n);
    else if (d[2] === 'w') t.setUTCDate(t.getUTCDate() + 7 * n);
    else if (d[2] === 'm') t.setUTCMonth(t.getUTCMonth() + n);
    else t.setUTCFullYear(t.getUTCFullYear() + n);
  } else {
    t = new Date(v);
    if (Number.isNaN(t.getTime()))
      throw new ProvenantError('LAYOUT_INVALID', `expires: '${v}' is neither a date nor a duration`);
  }
  if (t.getTime() <= now.getTime())
    throw new ProvenantError('LAYOUT_INVALID', `expires: ${t.toISOString()} is in the past`);
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A string is split as the reference splits one (shlex: quotes keep spaces, backslash escapes). */
const split = (v: string, where: string): string[] => {
  try {
    return shlexSplit(v);
  } catch (e) {
    throw new ProvenantError('LAYOUT_INVALID', `${where}: ${(e as Error).message} in '${v}'`);
  }
};

const words = (v: unknown, where: string): string[] => {
  if (v === undefined || v === null || v === '') return [];
  if (typeof v === 'string') return split(v, where);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
  throw new ProvenantError('LAYOUT_INVALID', `${where}: a command is a string or a list of strings`);
};

const rules = (v: unknown, where: string): string[][] => {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ProvenantError('LAYOUT_INVALID', `${where}: a list of rules`);
  return v.map((r, i) => {
    const tokens = typeof r === 'string' ? split(r, `${where}[${i}]`) : r;
    unpackRule(tokens, `${where}[${i}]`);
    return tokens as string[];
  });
};

export function layoutFromDescription(
  desc: Record<string, any>,
  baseDir: string,
  now = new Date(),
): Record<string, unknown> {
  if (!desc || typeof desc !== 'object') throw new ProvenantError('LAYOUT_INVALID', 'the description is not a mapping');
  const keyFiles = (desc.keys ?? {}) as Record<string, string>;
  const keys: Record<string, unknown> = {};
  const idOf: Record<string, string> = {};
  for (const [name, file] of Object.entries(keyFiles)) {
    const k = loadFunctionaryKey(resolve(baseDir, file));
    const { keyid, ...pub } = k.sslib;
    keys[keyid] = { keyid, ...pub, keyval: { public: pub.keyval.public } };
    idOf[name] = keyid;
  }
  const names = new Set<string>();
  const steps = ((desc.steps ?? []) as Array<Record<string, any>>).map((s, i) => {
    if (typeof s?.name !== 'string' || !s.name)
      throw new ProvenantError('LAYOUT_INVALID', `steps[${i}]: name is required`);
    if (names.has(s.name))
      throw new ProvenantError('LAYOUT_INVALID', `steps[${i}]: the name '${s.name}' is used twice`);
    names.add(s.name);
    const fn = (s.functionaries ?? s.keys ?? []) as string[];
    if (!fn.length) throw new ProvenantError('LAYOUT_INVALID', `step '${s.name}': name its functionaries (keys)`);
    const pubkeys = fn.map((f) => {
      if (!idOf[f]) throw new ProvenantError('LAYOUT_INVALID', `step '${s.name}': functionary '${f}' is not in keys`);
      return idOf[f];
    });
    const threshold = s.threshold ?? 1;
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > pubkeys.length)
      throw new ProvenantError(
        'LAYOUT_INVALID',
        `step '${s.name}': threshold ${threshold} must be between 1 and ${pubkeys.length}`,
      );
    if (s.sublayout !== undefined && typeof s.sublayout !== 'boolean') {
      throw new ProvenantError('LAYOUT_INVALID', `step '${s.name}': sublayout is not true or false`);
    }
    return {
      _type: 'step',
      name: s.name,
      threshold,
      pubkeys,
      expected_command: words(s.expected_command, `step '${s.name}' expected_command`),
      expected_materials: rules(s.materials ?? s.expected_materials, `step '${s.name}' materials`),
      expected_products: rules(s.products ?? s.expected_products, `step '${s.name}' products`),
      ...(s.sublayout ? { [ALLOW_SUBLAYOUT_FIELD]: true } : {}),
    };
  });
  const inspect = ((desc.inspect ?? []) as Array<Record<string, any>>).map((s, i) => {
    if (typeof s?.name !== 'string' || !s.name)
      throw new ProvenantError('LAYOUT_INVALID', `inspect[${i}]: name is required`);
    if (names.has(s.name))
      throw new ProvenantError('LAYOUT_INVALID', `inspect[${i}]: the name '${s.name}' is used twice`);
    names.add(s.name);
    const run = words(s.run, `inspection '${s.name}' run`);
    if (!run.length) throw new ProvenantError('LAYOUT_INVALID', `inspection '${s.name}': run is required`);
    return {
      _type: 'inspection',
      name: s.name,
      run,
      expected_materials: rules(s.materials ?? s.expected_materials, `inspection '${s.name}' materials`),
      expected_products: rules(s.products ?? s.expected_products, `inspection '${s.name}' products`),
    };
  });
  return normalizeLayout(
    {
      _type: 'layout',
      expires: expiresFrom(desc.expires ?? '1y', now),
      readme: String(desc.readme ?? ''),
      keys,
      steps,
      inspect,
    },
    'layout',
  );
}

function signLayout(
  doc: { signed: Record<string, unknown>; signatures: Array<{ keyid: string; sig: string }> },
  keyFiles: string[],
  passphrase?: string,
) {
  for (const f of keyFiles) {
    const k = loadFunctionaryKey(f, passphrase);
    if (!k.private) throw new ProvenantError('KEY_INVALID', `--key ${f}: a private key is needed to sign`);
    const ids = sslibKeyIds(k.sslib);
    const sig = signBytes(k.private, encodeCanonical(doc.signed)).toString('hex');
    doc.signatures = doc.signatures.filter((s) => !ids.includes(s.keyid));
    doc.signatures.push({ keyid: k.sslib.keyid, sig });
  }
  return doc;
}

/**
 * A layout in a DSSE envelope (as in-toto 2.x writes them): the payload is brought into the model's form (which
 * changes it only when fields are missing, and then drops the old signatures), each key signs the PAE.
 */
async function signDsseLayout(
  raw: Record<string, any>,
  file: string,
  keyFiles: string[],
  passphrase: string | undefined,
  warn: (m: string) => void,
): Promise<Envelope> {
  const env = parseEnvelope(raw, file);
  const payload = decodeBase64(env.payload, `${file} payload`);
  const body = parseJsonStrict(payload, `${file} payload`) as Record<string, any>;
  if (body?._type !== 'layout')
    throw new ProvenantError('LAYOUT_INVALID', `${file}: the envelope does not hold a layout`);
  const normalized = normalizeLayout(body, file, { onWarning: warn });
  const same = encodeCanonical(normalized).equals(encodeCanonical(body));
  if (!same && env.signatures.length)
    warn(
      `${file}: the layout was brought into the in-toto model's form (missing fields filled in): its ` +
        `${env.signatures.length} existing signature(s) no longer apply and were removed`,
    );
  const bytes = same ? payload : Buffer.from(JSON.stringify(normalized));
  let signatures = same ? env.signatures : [];
  for (const f of keyFiles) {
    const k = loadFunctionaryKey(f, passphrase);
    if (!k.private) throw new ProvenantError('KEY_INVALID', `--key ${f}: a private key is needed to sign`);
    const ids = sslibKeyIds(k.sslib);
    signatures = signatures.filter((x) => !x.keyid || !ids.includes(x.keyid));
    signatures.push({
      keyid: k.sslib.keyid,
      sig: signBytes(k.private, pae(env.payloadType, bytes)).toString('base64'),
    });
  }
  return { payload: bytes.toString('base64'), payloadType: env.payloadType, signatures };
}

export async function run(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h') {
    process.stdout.write(HELP);
    return verb ? 0 : 2;
  }
  const { values, positionals } = parseCommandArgs(rest, {
    key: { type: 'string', multiple: true },
    'key-passphrase-env': { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const pass = values['key-passphrase-env'] ? process.env[values['key-passphrase-env'] as string] : undefined;
  if (positionals.length !== 1) throw new ProvenantError('USAGE', `layout ${verb}: give one file`);
  const file = positionals[0];
  // a regular file of bounded size, as verify --layout reads one (a FIFO or /dev/zero is refused, not read forever)
  const text = readRegularFileSync(file, { maxBytes: READ_LIMITS.document, what: 'layout' }).toString('utf8');
  if (verb === 'new') {
    if (!values.output) throw new ProvenantError('USAGE', 'layout new: -o OUT is required');
    let desc: Record<string, any>;
    try {
      desc = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
    } catch (e) {
      throw new ProvenantError('LAYOUT_INVALID', `${file}: ${(e as Error).message.split('\n')[0]}`);
    }
    const layout = layoutFromDescription(desc, dirname(resolve(file)));
    const doc = signLayout({ signed: layout, signatures: [] }, (values.key as string[] | undefined) ?? [], pass);
    await writeFileAtomic(values.output as string, `${JSON.stringify(doc, null, 1)}\n`);
    process.stderr.write(
      `provenant: layout written: ${values.output} (${doc.signatures.length} signature(s), expires ` +
        `${layout.expires})\n`,
    );
    if (values.json)
      writeJson({
        layout: values.output as string,
        format: 'metablock',
        signatures: doc.signatures.length,
        expires: layout.expires,
      });
    return 0;
  }
  if (verb === 'sign') {
    if (!(values.key as string[] | undefined)?.length)
      throw new ProvenantError('USAGE', 'layout sign: --key is required');
    const raw = parseJsonStrict(text, file) as Record<string, any>;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      throw new ProvenantError('LAYOUT_INVALID', `${file}: not a layout`);
    const warn = (m: string) => process.stderr.write(`warning: ${m}\n`);
    const out = (values.output as string | undefined) ?? file;
    if ('payload' in raw && 'payloadType' in raw) {
      const env = await signDsseLayout(raw, file, values.key as string[], pass, warn);
      await writeFileAtomic(out, `${JSON.stringify(env, null, 1)}\n`);
      process.stderr.write(`provenant: layout signed: ${out} (DSSE, ${env.signatures.length} signature(s))\n`);
      if (values.json) writeJson({ layout: out, format: 'dsse', signatures: env.signatures.length });
      return 0;
    }
    const body = 'signed' in raw ? raw.signed : raw;
    if (body?._type !== 'layout') throw new ProvenantError('LAYOUT_INVALID', `${file}: not a layout`);
    // as in-toto-sign: the layout in the reference model's form (defaults filled in, expires one month ahead if
    // missing); existing signatures stay only when that changed nothing
    const normalized = normalizeLayout(body, file, { onWarning: warn });
    const same = encodeCanonical(normalized).equals(encodeCanonical(body));
    const old = Array.isArray(raw.signatures) ? (raw.signatures as Array<{ keyid: string; sig: string }>) : [];
    if (!same && old.length)
      warn(
        `${file}: the layout was brought into the in-toto model's form (missing fields filled in): its ` +
          `${old.length} existing signature(s) no longer apply and were removed`,
      );
    const doc: { signed: Record<string, unknown>; signatures: Array<{ keyid: string; sig: string }> } = {
      signed: normalized,
      signatures: same ? old : [],
    };
    signLayout(doc, values.key as string[], pass);
    await writeFileAtomic(out, `${JSON.stringify(doc, null, 1)}\n`);
    process.stderr.write(`provenant: layout signed: ${out} (${doc.signatures.length} signature(s))\n`);
    if (values.json)
      writeJson({
        layout: out,
        format: 'metablock',
        signatures: doc.signatures.length,
        expires: (doc.signed as { expires?: string }).expires,
      });
    return 0;
  }
  throw new ProvenantError('USAGE', `layout: '${verb}' is not new or sign`);
}
