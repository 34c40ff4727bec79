import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  __commonJS,
  __require
} from "./chunk-XITNYHAL.js";

// builtin-cjs:http
var require_http = __commonJS({
  "builtin-cjs:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin-cjs:https
var require_https = __commonJS({
  "builtin-cjs:https"(exports, module) {
    module.exports = __require("node:https");
  }
});

export {
  require_http,
  require_https
};
