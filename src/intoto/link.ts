/**
 * Recording a step as an in-toto link (`provenant run`, `provenant record`): the link body, its two serialized
 * forms (the reference's Metablock with a hex signature over canonical JSON, file `<step>.<keyid8>.link`; or an
 * in-toto Statement v1 with the link v0.3 predicate in a DSSE envelope) and the signing.
 */
import { ProvenantError } from '../errors.js';
import type { AttestationSigner } from '../signing/types.js';
import { encodeCanonical } from './canonical.js';
import { INTOTO_PAYLOAD_TYPE, pae } from './dsse.js';
import { signBytes } from './keys.js';
import type { ArtifactDict, LinkBody } from './metablock.js';
import type { LoadedFunctionaryKey } from './sslib.js';
import { LINK_V03, STATEMENT_V1, type Statement } from './statement.js';

export function linkBody(
  name: string,
  command: string[],
  materials: ArtifactDict,
  products: ArtifactDict,
  byproducts: Record<string, unknown>,
  environment: Record<string, unknown> = {},
): LinkBody {
  return { _type: 'link', name, command, materials, products, byproducts, environment };
}

/** The reference's Metablock, signed with a key (hex signature over the canonical JSON of `signed`). */
export function signLegacy(
  body: Record<string, unknown>,
  key: LoadedFunctionaryKey,
): { signed: Record<string, unknown>; signatures: Array<{ keyid: string; sig: string }> } {
  if (!key.private) throw new ProvenantError('KEY_INVALID', 'signing needs a private key');
  const sig = signBytes(key.private, encodeCanonical(body)).toString('hex');
  return { signed: body, signatures: [{ keyid: key.sslib.keyid, sig }] };
}

/**
 * The link as an in-toto Statement v1 with the link v0.3 predicate (subjects = products). The schemas (300 KB of
 * compiled validators) load here, not when a command that may write a --legacy link starts.
 */
export async function linkStatement(l: LinkBody): Promise<Statement> {
  const { validateStatement } = await import('../schemas/index.js');
  const st: Statement = {
    _type: STATEMENT_V1,
    subject: Object.entries(l.products).map(([name, digest]) => ({ name, digest })),
    predicateType: LINK_V03,
    predicate: {
      name: l.name,
      command: l.command,
      materials: Object.entries(l.materials).map(([name, digest]) => ({ name, digest })),
      byproducts: l.byproducts,
      environment: l.environment,
    },
  };
  return validateStatement(st, `link ${l.name}`);
}

/** A DSSE envelope signed with a functionary key: keyid = the key's securesystemslib (legacy) id. */
export function signDsse(
  payload: Buffer,
  key: LoadedFunctionaryKey,
): { payload: string; payloadType: string; signatures: Array<{ keyid: string; sig: string }> } {
  if (!key.private) throw new ProvenantError('KEY_INVALID', 'signing needs a private key');
  const sig = signBytes(key.private, pae(INTOTO_PAYLOAD_TYPE, payload)).toString('base64');
  return {
    payload: payload.toString('base64'),
    payloadType: INTOTO_PAYLOAD_TYPE,
    signatures: [{ keyid: key.sslib.keyid, sig }],
  };
}

export interface SerializedLink {
  fileName: string;
  data: string;
  /** Sigstore bundle beside it (keyless). */
  bundle?: { fileName: string; data: string };
}

/**
 * Serializes a link: `legacy` → Metablock; otherwise a DSSE envelope holding the link v0.3 Statement (or, when the
 * step has no products to be subjects, the reference link body itself, as ITE-5 DSSE links do).
 */
export async function serializeLink(
  l: LinkBody,
  opts: { legacy?: boolean; key?: LoadedFunctionaryKey; signer?: AttestationSigner; onWarning?: (m: string) => void },
): Promise<SerializedLink> {
  if (opts.legacy) {
    if (!opts.key) throw new ProvenantError('USAGE', '--legacy links are signed with --key');
    return {
      fileName: `${l.name}.${opts.key.sslib.keyid.slice(0, 8)}.link`,
      data: `${JSON.stringify(signLegacy(l as unknown as Record<string, unknown>, opts.key), null, 1)}\n`,
    };
  }
  let payload: Buffer;
  if (Object.keys(l.products).length) payload = Buffer.from(JSON.stringify(await linkStatement(l)));
  else {
    opts.onWarning?.(
      `step '${l.name}' has no products to be the Statement's subjects: the link body ` +
        `is enveloped as is (ITE-5 DSSE link)`,
    );
    payload = Buffer.from(JSON.stringify(l));
  }
  if (opts.key) {
    return {
      fileName: `${l.name}.${opts.key.sslib.keyid.slice(0, 8)}.link`,
      data: `${JSON.stringify(signDsse(payload, opts.key))}\n`,
    };
  }
  if (opts.signer) {
    const signed = await opts.signer.sign(payload, INTOTO_PAYLOAD_TYPE);
    return {
      fileName: `${l.name}.link.intoto.jsonl`,
      data: `${JSON.stringify(signed.envelope)}\n`,
      bundle: { fileName: `${l.name}.link.sigstore.json`, data: `${JSON.stringify(signed.bundle)}\n` },
    };
  }
  throw new ProvenantError('USAGE', 'a link must be signed: --key or --sigstore');
}
