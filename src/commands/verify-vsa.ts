import { ProvenantError } from '../errors.js';
import type { DigestSet } from '../intoto/statement.js';
import { basename } from 'node:path';
import { checkVsa, DEFAULT_MAX_AGE, parseMaxAge, VERIFIER_ID } from '../slsa/vsa.js';
import { hashFiles, parseDigest } from '../subjects/index.js';
import {
  loadAttestations,
  loadTrust,
  verifyAttestation,
  withCachedRoot,
  type AttestationResult,
  type Policy,
} from '../verify/index.js';
import { parseCommandArgs } from './args.js';
import { writeJson } from './output.js';
import { checkRegex, minLevelFrom } from './policy-args.js';
import { fileKind } from '../util/fs.js';
import { printable as pr } from '../util/escape.js';

export const summary = 'check a Verification Summary Attestation instead of re-verifying everything';

const HELP = `Usage: provenant verify-vsa VSA_FILE (ARTIFACT | --digest ALG:HEX) [options]

Checks a VSA the way SLSA says a consumer should: the signature (a trusted key, or a keyless certificate with the
expected identity), the subject digest against the artifact, the predicateType, the verifier id, the resourceUri,
verificationResult PASSED, the level in verifiedLevels, the age of timeVerified, and the policy the VSA records.

  --digest ALG:HEX            the artifact's digest instead of the file
  --verifier-id ID            expected verifier (default ${VERIFIER_ID})
  --resource-uri URI          expected resourceUri (exactly); without it, and with an ARTIFACT file, the resourceUri's
                              last path segment must be the artifact's file name (a VSA for another package fails)
  --min-level N               the VSA must attest at least SLSA_BUILD_LEVEL_N
  --max-age DURATION          the oldest timeVerified accepted: 7d, 12h, 90m, 2w (default ${DEFAULT_MAX_AGE.label})
  --allow-empty-policy        accept PASSED at level >= 1 under an empty policy (no identity, builder or source
                              constraint and no trusted key) or one the VSA does not record (VSAs of other verifiers)
  --key FILE                  the verifier's public key (repeatable)
  --trusted-root FILE         Sigstore trusted root for a keyless VSA (default public-good)
  --cert-identity SAN  --cert-identity-regex RE  --cert-oidc-issuer URL   the keyless verifier's identity
  --json                      {"schemaVersion":1,"vsa","verified","slsaLevel","checks"} (schemas/cli-verify-vsa.json)
  (cosign's --certificate-identity, --certificate-identity-regexp, --certificate-oidc-issuer also work)
Exit codes: 0 the VSA holds, 1 it does not, 2 usage.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals, spell } = parseCommandArgs(argv, {
    digest: { type: 'string' },
    'verifier-id': { type: 'string' },
    'resource-uri': { type: 'string' },
    'min-level': { type: 'string' },
    'max-age': { type: 'string' },
    'allow-empty-policy': { type: 'boolean' },
    key: { type: 'string', multiple: true },
    'trusted-root': { type: 'string' },
    'cert-identity': { type: 'string' },
    'cert-identity-regex': { type: 'string' },
    'cert-oidc-issuer': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [file, artifact, ...extra] = positionals;
  if (!file || extra.length || (!artifact && !values.digest) || (artifact && values.digest))
    throw new ProvenantError('USAGE', 'give the VSA file and either the artifact or --digest ALG:HEX');
  const keyless = !!(values['cert-identity'] || values['cert-identity-regex']);
  if (!values.key?.length && !keyless)
    throw new ProvenantError(
      'USAGE',
      'say whom to trust for the VSA: --key PUB, or --cert-identity/--cert-identity-regex (with ' +
        '--cert-oidc-issuer) for a keyless one',
    );
  if (keyless && !values['cert-oidc-issuer'])
    throw new ProvenantError('USAGE', `a keyless VSA identity needs ${spell('cert-oidc-issuer')}`);
  const minLevel = minLevelFrom(values['min-level'], spell('min-level'));
  checkRegex(values['cert-identity-regex'], spell('cert-identity-regex'));
  const maxAge = values['max-age'] !== undefined ? parseMaxAge(values['max-age']) : DEFAULT_MAX_AGE;
  let digest: DigestSet;
  if (values.digest) {
    let d: ReturnType<typeof parseDigest>;
    try {
      d = parseDigest(values.digest, spell('digest'));
    } catch (e) {
      throw new ProvenantError('USAGE', (e as Error).message);
    }
    digest = { [d.algorithm]: d.hex };
  } else {
    const kind = fileKind(artifact);
    if (kind !== 'file' && kind !== 'folder')
      throw new ProvenantError('FILE_NOT_REGULAR', `artifact ${artifact}: ${kind}, not a regular file`);
    [digest] = await hashFiles([artifact], ['sha256', 'sha512']);
  }
  // an explicit --trusted-root, else the TUF cache of `provenant trust update` (fails closed), else the shipped root
  const trust = loadTrust(await withCachedRoot({ trustedRoot: values['trusted-root'], keys: values.key }));
  const policy: Policy = {
    certIdentity: values['cert-identity'],
    certIdentityRegex: values['cert-identity-regex'],
    certOidcIssuer: values['cert-oidc-issuer'],
    // a certificate-signed VSA needs the identity said (anyone can get a certificate), even when a key is trusted
    requireIdentity: true,
  };
  const expect = {
    verifierId: values['verifier-id'],
    resourceUri: values['resource-uri'],
    artifactName: artifact ? basename(artifact) : undefined,
    minLevel,
    maxAge,
    allowEmptyPolicy: values['allow-empty-policy'],
  };
  let results: AttestationResult[];
  try {
    results = loadAttestations(file).map((a) => checkVsa(verifyAttestation(a, trust, policy, { digest }), expect));
  } catch (e) {
    const pe = e instanceof ProvenantError ? e : new ProvenantError('VSA_INVALID', (e as Error).message);
    results = [
      {
        source: file,
        verified: false,
        slsaLevel: 0,
        nextLevel: [],
        checks: [{ code: 'load', ok: false, detail: `[${pe.code}] ${pe.message}` }],
      },
    ];
  }
  // a certificate-signed VSA checked with keys alone: say which of this command's options names the signer
  if (!results.some((r) => r.verified) && results.some((r) => r.checks.some((c) => c.detail.startsWith('[USAGE] '))))
    throw new ProvenantError(
      'USAGE',
      `${pr(file)} is signed with a certificate: say whose it must be with --cert-identity or ` +
        '--cert-identity-regex, and --cert-oidc-issuer (a trusted key does not let any certificate through)',
    );
  const ok = results.find((r) => r.verified);
  const shown = ok ?? results[0];
  const out = { vsa: file, verified: !!ok, slsaLevel: ok ? ok.slsaLevel : 0, checks: shown.checks };
  if (values.json) writeJson(out);
  else {
    // the details quote the VSA (resourceUri, verifier id): printable, as every name from a file
    process.stdout.write(`${pr(file)}: ${ok ? `VSA holds: SLSA Build L${ok.slsaLevel}` : 'VSA REJECTED'}\n`);
    for (const c of shown.checks) process.stdout.write(`  ${c.ok ? '✓' : '✗'} ${c.code}: ${pr(c.detail)}\n`);
  }
  return ok ? 0 : 1;
}
