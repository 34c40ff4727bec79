import { isAbsolute, join, relative } from 'node:path';
import { ProvenantError, asProvenantError } from '../errors.js';
import { verifyLayout } from '../intoto/layout.js';
import { loadFunctionaryKey } from '../intoto/sslib.js';
import { hashFiles } from '../subjects/index.js';
import { writeJson } from './output.js';
import { fileKind } from '../util/fs.js';

export const LAYOUT_OPTIONS = {
  layout: { type: 'string' },
  'layout-key': { type: 'string', multiple: true },
  links: { type: 'string' },
  param: { type: 'string', multiple: true },
  'inspection-dir': { type: 'string' },
  'inspection-timeout': { type: 'string' },
  'inspection-env': { type: 'string', multiple: true },
  'allow-sublayout': { type: 'string', multiple: true },
  'allow-sublayouts': { type: 'boolean' },
} as const;

export async function runLayoutVerify(values: Record<string, any>, artifacts: string[]): Promise<number> {
  const keys = (values['layout-key'] ?? []) as string[];
  if (!keys.length)
    throw new ProvenantError('USAGE', '--layout needs --layout-key (every key given must have signed the layout)');
  const params: Record<string, string> = {};
  for (const kv of (values.param ?? []) as string[]) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new ProvenantError('USAGE', `--param: '${kv}' is not KEY=VALUE`);
    params[kv.slice(0, i)] = kv.slice(i + 1);
  }
  let timeout: number | undefined;
  if (values['inspection-timeout'] !== undefined) {
    timeout = Number(values['inspection-timeout']);
    if (!Number.isFinite(timeout) || timeout <= 0)
      throw new ProvenantError(
        'USAGE',
        `--inspection-timeout: '${values['inspection-timeout']}' is not a number of seconds`,
      );
  }
  const warnings: string[] = [];
  const out: Record<string, unknown> = { layout: values.layout, verified: false };
  let code = 1;
  try {
    const report = await verifyLayout({
      layoutPath: values.layout,
      layoutKeys: keys.map((k) => loadFunctionaryKey(k)),
      linkDir: values.links ?? '.',
      params: values.param ? params : undefined,
      inspectionDir: values['inspection-dir'],
      inspectionTimeout: timeout,
      inspectionEnv: values['inspection-env'],
      allowSublayouts: values['allow-sublayouts']
        ? true
        : values['allow-sublayout']
          ? (values['allow-sublayout'] as string[]).flatMap((s) => s.split(',').map((x) => x.trim())).filter(Boolean)
          : undefined,
      onWarning: (m) => warnings.push(m),
    });
    Object.assign(out, { steps: report.steps, inspections: report.inspections, products: report.summary.products });
    // the verdict is set only once everything asked for is checked (a failure below leaves it false)
    let verified = true;
    // artifacts given: each must be a final product of the supply chain, with the same digest
    if (artifacts.length) {
      // a missing artifact is a failure of that artifact, not of the whole report; a FIFO or device is refused
      const kinds = artifacts.map((a) => fileKind(a));
      artifacts.forEach((a, i) => {
        if (kinds[i] !== 'file' && !kinds[i].startsWith('unreadable (ENOENT')) {
          throw new ProvenantError('FILE_NOT_REGULAR', `artifact ${a}: ${kinds[i]}, not a regular file`);
        }
      });
      const exists = kinds.map((k) => k === 'file');
      const hashed = await hashFiles(
        artifacts.filter((_, i) => exists[i]),
        ['sha256'],
      );
      let next = 0;
      const digests = exists.map((e) => (e ? hashed[next++] : { sha256: '' }));
      const checks = artifacts.map((a, i) => {
        if (!exists[i]) return { artifact: a, ok: false, detail: `[FILE_NOT_FOUND] no such file` };
        const candidates = [
          a,
          relative(values['inspection-dir'] ?? process.cwd(), isAbsolute(a) ? a : join(process.cwd(), a)),
        ];
        const hit = candidates.map((c) => report.summary.products[c]).find(Boolean);
        const ok = !!hit && hit.sha256 === digests[i].sha256;
        return {
          artifact: a,
          ok,
          detail: ok
            ? 'a final product of the supply chain'
            : hit
              ? `[SUBJECT_MISMATCH] digest differs from the last step's product`
              : `[SUBJECT_MISMATCH] not among the last step's products`,
        };
      });
      out.artifacts = checks;
      if (checks.some((c) => !c.ok)) verified = false;
    }
    out.verified = verified;
    code = verified ? 0 : 1;
  } catch (e) {
    const pe = asProvenantError(e);
    out.error = { code: pe.code, message: pe.message.split('\n')[0] };
    if (pe.code === 'USAGE') throw pe;
  }
  out.warnings = warnings;
  if (values.json) writeJson(out);
  else {
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    if (out.verified) {
      process.stdout.write(`${values.layout}: the supply chain verifies\n`);
      for (const s of out.steps as Array<{ name: string; links: string[] }>)
        process.stdout.write(`  ✓ step ${s.name}: ${s.links.join(', ')}\n`);
      for (const s of (out.inspections as Array<{ name: string }>) ?? [])
        process.stdout.write(`  ✓ inspection ${s.name}\n`);
    } else {
      const err = out.error as { code: string; message: string } | undefined;
      process.stdout.write(`${values.layout}: REJECTED${err ? `\n  ✗ [${err.code}] ${err.message}` : ''}\n`);
    }
    for (const a of (out.artifacts as Array<{ artifact: string; ok: boolean; detail: string }>) ?? [])
      process.stdout.write(`  ${a.ok ? '✓' : '✗'} ${a.artifact}: ${a.detail}\n`);
  }
  return code;
}
