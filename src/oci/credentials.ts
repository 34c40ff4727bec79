/**
 * Registry credentials from the usual places, first match wins: explicit ones (the action's registry-username /
 * registry-password inputs, or the CLI's environment), `docker login`'s config.json ($DOCKER_CONFIG/config.json or
 * ~/.docker/config.json, `auths` with a base64 `auth`, `username`/`password` or an `identitytoken`), and for
 * ghcr.io the GitHub token. Each carries `source`, named in error messages; the secret values never are.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ProvenantError } from '../errors.js';

export interface RegistryCredentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the values). */
  source: string;
}

export interface CredentialOptions {
  username?: string;
  password?: string;
  /** what the explicit ones are called, e.g. "inputs registry-username/registry-password" */
  explicitSource?: string;
  /** GitHub token, used for ghcr.io when nothing else matches */
  githubToken?: string;
  env?: Record<string, string | undefined>;
  /** every secret found is handed here first (the action registers it with core.setSecret) */
  onSecret?: (s: string) => void;
}

const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

function canonicalHost(value: string): string {
  const host = value.replace(/^https?:\/\//, '').split('/')[0];
  return HUB.has(host) ? 'docker.io' : host;
}

export function dockerConfigPath(env: Record<string, string | undefined> = process.env): string {
  return env.DOCKER_CONFIG
    ? join(env.DOCKER_CONFIG, 'config.json')
    : join(env.HOME || homedir(), '.docker', 'config.json');
}

function fromDockerConfig(registry: string, env: Record<string, string | undefined>): RegistryCredentials | undefined {
  const path = dockerConfigPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  let cfg: { auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }> };
  try {
    cfg = JSON.parse(text);
  } catch (e) {
    throw new ProvenantError('JSON_INVALID', `docker config ${path}: not JSON (${(e as Error).message})`);
  }
  const target = canonicalHost(registry);
  const key = Object.keys(cfg.auths ?? {}).find((k) => canonicalHost(k) === target);
  if (!key) return undefined;
  const entry = cfg.auths![key] ?? {};
  let username = entry.username ?? '';
  let password = entry.password ?? '';
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i < 0)
      throw new ProvenantError(
        'INPUT_INVALID',
        `docker config ${path}: auths["${key}"].auth is not base64 of user:password`,
      );
    username = decoded.slice(0, i);
    password = decoded.slice(i + 1);
  }
  if (entry.identitytoken) password = entry.identitytoken;
  if (!username && !password) return undefined;
  return { username, password, source: `docker config ${path} (auths["${key}"])` };
}

/** The credentials for `registry`, or undefined (anonymous). */
export function registryCredentials(registry: string, opts: CredentialOptions = {}): RegistryCredentials | undefined {
  const env = opts.env ?? process.env;
  let c: RegistryCredentials | undefined;
  if (opts.username || opts.password) {
    if (!opts.username || !opts.password)
      throw new ProvenantError(
        'USAGE',
        `${opts.explicitSource ?? 'registry credentials'}: give both the user name and the password`,
      );
    c = {
      username: opts.username,
      password: opts.password,
      source: opts.explicitSource ?? 'registry-username/registry-password',
    };
  } else {
    c = fromDockerConfig(registry, env);
    if (!c && opts.githubToken && canonicalHost(registry) === 'ghcr.io')
      c = {
        username: env.GITHUB_ACTOR || 'x-access-token',
        password: opts.githubToken,
        source: 'github-token (ghcr.io)',
      };
  }
  if (c) {
    opts.onSecret?.(c.password);
    opts.onSecret?.(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
  }
  return c;
}

export function describeCredentials(c: RegistryCredentials | undefined): string {
  return c
    ? `credentials from ${c.source}`
    : 'no credentials (anonymous; set registry-username/registry-password or docker login)';
}
