import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { GITHUB_ISSUER } from './result.js';

/** Fulcio certificate extensions (OID 1.3.6.1.4.1.57264.1.x) that identity and provenance policy use. */
export interface FulcioIdentity {
  san?: string;
  issuer?: string; // 1.8 (or legacy 1.1)
  buildSignerURI?: string; // 1.9
  buildSignerDigest?: string; // 1.10
  runnerEnvironment?: string; // 1.11
  sourceRepositoryURI?: string; // 1.12
  sourceRepositoryDigest?: string; // 1.13
  sourceRepositoryRef?: string; // 1.14
  buildConfigURI?: string; // 1.18
  buildTrigger?: string; // 1.20
}

const OID = '1.3.6.1.4.1.57264.1.';

function utf8Ext(cert: X509Certificate, n: number): string | undefined {
  const ext = cert.extension(OID + n);
  if (!ext) return undefined;
  const v = ext.value;
  // from 1.8 on: a DER UTF8String; 1.1–1.6 (legacy) hold the raw string
  if (n >= 8) {
    try {
      const obj = ASN1Obj.parseBuffer(v as Buffer<ArrayBuffer>);
      return obj.value.toString('utf8');
    } catch {
      return undefined;
    }
  }
  return v.toString('utf8');
}

function otherNameSan(cert: X509Certificate): string | undefined {
  try {
    return cert.extSubjectAltName?.otherName(OID + 7);
  } catch {
    return undefined;
  }
}

/**
 * Certificates Fulcio issued to GitHub Actions before the 1.9-1.22 extensions existed (2022: slsa-github-generator
 * v1.x) carry the same claims in the legacy 1.2-1.6 ones: Repository (1.5, OWNER/NAME of the token's `repository`
 * claim), SHA (1.3, `sha`), Ref (1.6, `ref`), Trigger (1.2, `event_name`). Fulcio later wrote the very same claims
 * into 1.12 (https://github.com/ + repository), 1.13, 1.14 and 1.20: read the legacy ones as those when the newer
 * are absent, so that binding and policy hold old certificates to their repository, commit and ref, as
 * slsa-verifier does. Only for GitHub's issuer (the only one the legacy extensions were written for, then on
 * github.com), and only values of the claims' shape.
 */
function legacyGithub(cert: X509Certificate, issuer: string | undefined): Partial<FulcioIdentity> {
  if (issuer !== GITHUB_ISSUER) return {};
  const repo = utf8Ext(cert, 5);
  const sha = utf8Ext(cert, 3);
  const ref = utf8Ext(cert, 6);
  const trigger = utf8Ext(cert, 2);
  const ownerName = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
  return {
    sourceRepositoryURI: repo && ownerName.test(repo) ? `https://github.com/${repo}` : undefined,
    sourceRepositoryDigest: sha && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined,
    sourceRepositoryRef: ref && /^refs\/[^\s]+$/.test(ref) ? ref : undefined,
    buildTrigger: trigger && /^[a-z_]+$/.test(trigger) ? trigger : undefined,
  };
}

/** The identity of a certificate, given as DER or already parsed (read from that parse, not parsed again). */
export function fulcioIdentity(certificate: Buffer | X509Certificate): FulcioIdentity {
  const cert = Buffer.isBuffer(certificate) ? X509Certificate.parse(certificate as Buffer<ArrayBuffer>) : certificate;
  const issuer = utf8Ext(cert, 8) ?? utf8Ext(cert, 1);
  const legacy = utf8Ext(cert, 12) === undefined ? legacyGithub(cert, issuer) : {};
  return {
    // a URI or email SAN; else Fulcio's otherName SAN (1.3.6.1.4.1.57264.1.7, a username identity: "user!host")
    san: cert.subjectAltName ?? otherNameSan(cert),
    issuer,
    buildSignerURI: utf8Ext(cert, 9),
    buildSignerDigest: utf8Ext(cert, 10),
    runnerEnvironment: utf8Ext(cert, 11),
    sourceRepositoryURI: utf8Ext(cert, 12) ?? legacy.sourceRepositoryURI,
    sourceRepositoryDigest: utf8Ext(cert, 13) ?? legacy.sourceRepositoryDigest,
    sourceRepositoryRef: utf8Ext(cert, 14) ?? legacy.sourceRepositoryRef,
    buildConfigURI: utf8Ext(cert, 18),
    buildTrigger: utf8Ext(cert, 20) ?? legacy.buildTrigger,
  };
}
