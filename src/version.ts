/** Provenant's version, recorded in provenance (builder.version) and VSAs (verifier.version). */
export const VERSION = '0.1.0';
