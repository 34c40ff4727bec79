import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);

// src/util/lazy.ts
function lazyCommonJs(load) {
  let loaded;
  return () => {
    loaded ??= load().then((m) => m.default ?? m);
    return loaded;
  };
}

// src/signing/sign-module.ts
var loadSign = lazyCommonJs(() => import("./chunk-CDO4T6IY.js"));

export {
  lazyCommonJs,
  loadSign
};
