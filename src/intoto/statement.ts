/** in-toto Statement v1 and ResourceDescriptor (in-toto/attestation spec/v1). */
export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Where Provenant's workflow/v1 provenance records workflow_dispatch / workflow_call inputs (internalParameters). */
export const WORKFLOW_INPUTS_KEY = 'provenant.dev/workflow_inputs';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
/** SLSA Provenance v0.1: what Google Cloud Build signs for builds on its hosted workers (GoogleHostedWorker@v0.3). */
export const SLSA_PROVENANCE_V01 = 'https://slsa.dev/provenance/v0.1';
export const LINK_V03 = 'https://in-toto.io/attestation/link/v0.3';
export const VSA_V1 = 'https://slsa.dev/verification_summary/v1';

/** Algorithm name → lowercase hex. */
export type DigestSet = Record<string, string>;

export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: DigestSet;
  content?: string;
  downloadLocation?: string;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface Statement<P = Record<string, unknown>> {
  _type: string;
  subject: ResourceDescriptor[];
  predicateType: string;
  predicate: P;
}

/** A subject as resolved from the build outputs: a name and its digests. */
export interface Subject {
  name: string;
  digest: DigestSet;
}
