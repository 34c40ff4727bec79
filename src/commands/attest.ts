// Placeholder until the attest command lands (owned by the attest work).
import { ProvenantError } from '../errors.js';
export const summary = 'hash build outputs and write signed SLSA provenance';
export async function run(_argv: string[]): Promise<number> {
  throw new ProvenantError('INTERNAL', 'attest is not implemented yet');
}
