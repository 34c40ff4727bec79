/**
 * Image references: `[oci://]REGISTRY/REPO[:TAG][@sha256:HEX]`, as docker, cosign and gh write them. A reference
 * without a registry host (no '.', no ':' and not localhost in its first part) is on Docker Hub (`docker.io`, and
 * `library/` for a one-part name).
 */
import { ProvenantError } from '../errors.js';

export interface ImageRef {
  /** host[:port] */
  registry: string;
  /** repository path in the registry, e.g. o/app */
  repository: string;
  tag?: string;
  /** sha256:HEX when given */
  digest?: string;
  /** registry/repository: the subject name by the official convention (no tag, no digest) */
  name: string;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPO_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST_RE = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*(?::[0-9]{1,5})?$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
export const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

/**
 * Printable form of untrusted text, always shown inside a message: control characters and the bidi controls that
 * util/escape's printable() also escapes become \uXXXX, length bounded.
 */
export function printable(s: string, max = 300): string {
  const t = s.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** Whether the first part of a reference names a registry host (has a '.' or ':', or is localhost). */
export function hasRegistryHost(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost';
}

export function isImageRef(s: string): boolean {
  return s.startsWith('oci://');
}

export function parseImageRef(input: string, source = 'image'): ImageRef {
  const bad = (why: string) =>
    new ProvenantError(
      'IMAGE_REF_INVALID',
      `${source}: '${printable(input)}' ${why} (expected REGISTRY/REPO[:TAG][@sha256:HEX])`,
    );
  let s = input.trim();
  if (s.startsWith('oci://')) s = s.slice('oci://'.length);
  if (!s || s.length > 1024) throw bad('is empty or too long');
  let digest: string | undefined;
  const at = s.indexOf('@');
  if (at >= 0) {
    digest = s.slice(at + 1);
    s = s.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw bad('has a digest that is not sha256:<64 lowercase hex>');
  }
  let tag: string | undefined;
  const slash = s.lastIndexOf('/');
  const colon = s.lastIndexOf(':');
  if (colon > slash) {
    tag = s.slice(colon + 1);
    s = s.slice(0, colon);
    if (!TAG_RE.test(tag)) throw bad('has an invalid tag');
  }
  const parts = s.split('/');
  let registry: string;
  let repository: string;
  if (parts.length > 1 && hasRegistryHost(parts[0])) {
    registry = parts[0];
    repository = parts.slice(1).join('/');
  } else {
    registry = 'docker.io';
    repository = parts.length === 1 ? `library/${s}` : s;
  }
  if (!HOST_RE.test(registry)) throw bad('has an invalid registry host');
  if (!REPO_RE.test(repository)) throw bad('has an invalid repository name (lowercase letters, digits, separators)');
  return { registry, repository, tag, digest, name: `${registry}/${repository}` };
}

/** `registry/repo@sha256:…` (or `:tag` when no digest is known). */
export function formatRef(ref: ImageRef, digest = ref.digest): string {
  return `${ref.name}${digest ? `@${digest}` : ref.tag ? `:${ref.tag}` : ''}`;
}

/** The referrers tag schema's tag for a digest: `sha256-<hex>`. */
export function digestTag(digest: string): string {
  return digest.replace(':', '-');
}
