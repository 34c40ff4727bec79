import { ASN1Obj, X509Certificate } from '@sigstore/core';

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
  /** Legacy GitHub Workflow Repository (1.5, OWNER/NAME), on certificates older than the source-repository one. */
  githubWorkflowRepository?: string;
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

export function fulcioIdentity(der: Buffer): FulcioIdentity {
  const cert = X509Certificate.parse(der as Buffer<ArrayBuffer>);
  return {
    // a URI or email SAN; else Fulcio's otherName SAN (1.3.6.1.4.1.57264.1.7, a username identity: "user!host")
    san: cert.subjectAltName ?? otherNameSan(cert),
    issuer: utf8Ext(cert, 8) ?? utf8Ext(cert, 1),
    buildSignerURI: utf8Ext(cert, 9),
    buildSignerDigest: utf8Ext(cert, 10),
    runnerEnvironment: utf8Ext(cert, 11),
    sourceRepositoryURI: utf8Ext(cert, 12),
    sourceRepositoryDigest: utf8Ext(cert, 13),
    sourceRepositoryRef: utf8Ext(cert, 14),
    buildConfigURI: utf8Ext(cert, 18),
    buildTrigger: utf8Ext(cert, 20),
    githubWorkflowRepository: utf8Ext(cert, 5),
  };
}
