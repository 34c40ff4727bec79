import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);

// src/util/array.ts
function pushAll(target, items) {
  for (const x of items) target.push(x);
  return target;
}
function minOf(items, empty) {
  let m;
  for (const x of items) if (m === void 0 || x < m) m = x;
  return m ?? empty;
}
function maxOf(items, empty) {
  let m;
  for (const x of items) if (m === void 0 || x > m) m = x;
  return m ?? empty;
}

export {
  pushAll,
  minOf,
  maxOf
};
