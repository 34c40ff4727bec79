import { lazyCommonJs } from '../util/lazy.js';

/** @sigstore/sign, loaded when something is signed (its HTTP stack is heavy). */
export const loadSign = lazyCommonJs<typeof import('@sigstore/sign')>(() => import('@sigstore/sign'));
