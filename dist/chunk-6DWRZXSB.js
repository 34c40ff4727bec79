import { createRequire as __provenantCreateRequire } from 'node:module'; import { fileURLToPath as __provenantFileURLToPath } from 'node:url'; import { dirname as __provenantDirname } from 'node:path'; const require = __provenantCreateRequire(import.meta.url); const __provenant_filename = __provenantFileURLToPath(import.meta.url); const __provenant_dirname = __provenantDirname(__provenant_filename);
import {
  LINK_V03,
  SLSA_PROVENANCE_V01,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  VSA_V1
} from "./chunk-3ATEJRRA.js";
import {
  ProvenantError
} from "./chunk-4IZNH2SL.js";
import {
  __commonJS
} from "./chunk-XITNYHAL.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/schemas/validators.ts
var v0 = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://provenant.dev/schemas/statement-v1.json", "title": "in-toto Statement v1", "description": "in-toto/attestation spec/v1/statement.md. Statement/v0.1 is accepted for SLSA Provenance v0.2 documents. Every subject must have a digest.", "type": "object", "required": ["_type", "subject", "predicateType"], "properties": { "_type": { "enum": ["https://in-toto.io/Statement/v1", "https://in-toto.io/Statement/v0.1"] }, "subject": { "type": "array", "minItems": 1, "items": { "allOf": [{ "$ref": "resource-descriptor.json" }], "required": ["digest"] } }, "predicateType": { "$ref": "#/$defs/TypeURI" }, "predicate": { "type": "object" } }, "$defs": { "TypeURI": { "type": "string", "pattern": "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, "Timestamp": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "format": "date-time" } } };
var schema34 = { "description": "Algorithm name to lowercase hex; known algorithms have their lengths checked; custom keys allowed.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "string", "minLength": 1 }, "properties": { "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "sha224": { "type": "string", "pattern": "^[0-9a-f]{56}$" }, "sha384": { "type": "string", "pattern": "^[0-9a-f]{96}$" }, "sha512": { "type": "string", "pattern": "^[0-9a-f]{128}$" }, "sha512_224": { "type": "string", "pattern": "^[0-9a-f]{56}$" }, "sha512_256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "sha3_224": { "type": "string", "pattern": "^[0-9a-f]{56}$" }, "sha3_256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "sha3_384": { "type": "string", "pattern": "^[0-9a-f]{96}$" }, "sha3_512": { "type": "string", "pattern": "^[0-9a-f]{128}$" }, "sha1": { "type": "string", "pattern": "^[0-9a-f]{40}$" }, "md5": { "type": "string", "pattern": "^[0-9a-f]{32}$" }, "dirHash": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "gitCommit": { "type": "string", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "gitTree": { "type": "string", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "gitBlob": { "type": "string", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "gitTag": { "type": "string", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" } } };
var func1 = require_ucs2length().default;
var func2 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern5 = new RegExp("^[0-9a-f]{56}$", "u");
var pattern6 = new RegExp("^[0-9a-f]{96}$", "u");
var pattern7 = new RegExp("^[0-9a-f]{128}$", "u");
var pattern14 = new RegExp("^[0-9a-f]{40}$", "u");
var pattern15 = new RegExp("^[0-9a-f]{32}$", "u");
var pattern17 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data1 = data.uri;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err1 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data2 = data.digest;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err3 = { instancePath: instancePath + "/digest", schemaPath: "#/$defs/DigestSet/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data2) {
          if (!func2.call(schema34.properties, key0)) {
            let data3 = data2[key0];
            if (typeof data3 === "string") {
              if (func1(data3) < 1) {
                const err4 = { instancePath: instancePath + "/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/DigestSet/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            } else {
              const err5 = { instancePath: instancePath + "/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/DigestSet/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
        if (data2.sha256 !== void 0) {
          let data4 = data2.sha256;
          if (typeof data4 === "string") {
            if (!pattern4.test(data4)) {
              const err6 = { instancePath: instancePath + "/digest/sha256", schemaPath: "#/$defs/DigestSet/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/digest/sha256", schemaPath: "#/$defs/DigestSet/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.sha224 !== void 0) {
          let data5 = data2.sha224;
          if (typeof data5 === "string") {
            if (!pattern5.test(data5)) {
              const err8 = { instancePath: instancePath + "/digest/sha224", schemaPath: "#/$defs/DigestSet/properties/sha224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/digest/sha224", schemaPath: "#/$defs/DigestSet/properties/sha224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.sha384 !== void 0) {
          let data6 = data2.sha384;
          if (typeof data6 === "string") {
            if (!pattern6.test(data6)) {
              const err10 = { instancePath: instancePath + "/digest/sha384", schemaPath: "#/$defs/DigestSet/properties/sha384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/digest/sha384", schemaPath: "#/$defs/DigestSet/properties/sha384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.sha512 !== void 0) {
          let data7 = data2.sha512;
          if (typeof data7 === "string") {
            if (!pattern7.test(data7)) {
              const err12 = { instancePath: instancePath + "/digest/sha512", schemaPath: "#/$defs/DigestSet/properties/sha512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/digest/sha512", schemaPath: "#/$defs/DigestSet/properties/sha512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.sha512_224 !== void 0) {
          let data8 = data2.sha512_224;
          if (typeof data8 === "string") {
            if (!pattern5.test(data8)) {
              const err14 = { instancePath: instancePath + "/digest/sha512_224", schemaPath: "#/$defs/DigestSet/properties/sha512_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/digest/sha512_224", schemaPath: "#/$defs/DigestSet/properties/sha512_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.sha512_256 !== void 0) {
          let data9 = data2.sha512_256;
          if (typeof data9 === "string") {
            if (!pattern4.test(data9)) {
              const err16 = { instancePath: instancePath + "/digest/sha512_256", schemaPath: "#/$defs/DigestSet/properties/sha512_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/digest/sha512_256", schemaPath: "#/$defs/DigestSet/properties/sha512_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.sha3_224 !== void 0) {
          let data10 = data2.sha3_224;
          if (typeof data10 === "string") {
            if (!pattern5.test(data10)) {
              const err18 = { instancePath: instancePath + "/digest/sha3_224", schemaPath: "#/$defs/DigestSet/properties/sha3_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/digest/sha3_224", schemaPath: "#/$defs/DigestSet/properties/sha3_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.sha3_256 !== void 0) {
          let data11 = data2.sha3_256;
          if (typeof data11 === "string") {
            if (!pattern4.test(data11)) {
              const err20 = { instancePath: instancePath + "/digest/sha3_256", schemaPath: "#/$defs/DigestSet/properties/sha3_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/digest/sha3_256", schemaPath: "#/$defs/DigestSet/properties/sha3_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.sha3_384 !== void 0) {
          let data12 = data2.sha3_384;
          if (typeof data12 === "string") {
            if (!pattern6.test(data12)) {
              const err22 = { instancePath: instancePath + "/digest/sha3_384", schemaPath: "#/$defs/DigestSet/properties/sha3_384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/digest/sha3_384", schemaPath: "#/$defs/DigestSet/properties/sha3_384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.sha3_512 !== void 0) {
          let data13 = data2.sha3_512;
          if (typeof data13 === "string") {
            if (!pattern7.test(data13)) {
              const err24 = { instancePath: instancePath + "/digest/sha3_512", schemaPath: "#/$defs/DigestSet/properties/sha3_512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/digest/sha3_512", schemaPath: "#/$defs/DigestSet/properties/sha3_512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data2.sha1 !== void 0) {
          let data14 = data2.sha1;
          if (typeof data14 === "string") {
            if (!pattern14.test(data14)) {
              const err26 = { instancePath: instancePath + "/digest/sha1", schemaPath: "#/$defs/DigestSet/properties/sha1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/digest/sha1", schemaPath: "#/$defs/DigestSet/properties/sha1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data2.md5 !== void 0) {
          let data15 = data2.md5;
          if (typeof data15 === "string") {
            if (!pattern15.test(data15)) {
              const err28 = { instancePath: instancePath + "/digest/md5", schemaPath: "#/$defs/DigestSet/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/digest/md5", schemaPath: "#/$defs/DigestSet/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.dirHash !== void 0) {
          let data16 = data2.dirHash;
          if (typeof data16 === "string") {
            if (!pattern4.test(data16)) {
              const err30 = { instancePath: instancePath + "/digest/dirHash", schemaPath: "#/$defs/DigestSet/properties/dirHash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/digest/dirHash", schemaPath: "#/$defs/DigestSet/properties/dirHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data2.gitCommit !== void 0) {
          let data17 = data2.gitCommit;
          if (typeof data17 === "string") {
            if (!pattern17.test(data17)) {
              const err32 = { instancePath: instancePath + "/digest/gitCommit", schemaPath: "#/$defs/DigestSet/properties/gitCommit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/digest/gitCommit", schemaPath: "#/$defs/DigestSet/properties/gitCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data2.gitTree !== void 0) {
          let data18 = data2.gitTree;
          if (typeof data18 === "string") {
            if (!pattern17.test(data18)) {
              const err34 = { instancePath: instancePath + "/digest/gitTree", schemaPath: "#/$defs/DigestSet/properties/gitTree/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/digest/gitTree", schemaPath: "#/$defs/DigestSet/properties/gitTree/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data2.gitBlob !== void 0) {
          let data19 = data2.gitBlob;
          if (typeof data19 === "string") {
            if (!pattern17.test(data19)) {
              const err36 = { instancePath: instancePath + "/digest/gitBlob", schemaPath: "#/$defs/DigestSet/properties/gitBlob/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/digest/gitBlob", schemaPath: "#/$defs/DigestSet/properties/gitBlob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data2.gitTag !== void 0) {
          let data20 = data2.gitTag;
          if (typeof data20 === "string") {
            if (!pattern17.test(data20)) {
              const err38 = { instancePath: instancePath + "/digest/gitTag", schemaPath: "#/$defs/DigestSet/properties/gitTag/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/digest/gitTag", schemaPath: "#/$defs/DigestSet/properties/gitTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/digest", schemaPath: "#/$defs/DigestSet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err41 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.downloadLocation !== void 0) {
      let data22 = data.downloadLocation;
      if (typeof data22 === "string") {
        if (func1(data22) < 1) {
          const err42 = { instancePath: instancePath + "/downloadLocation", schemaPath: "#/properties/downloadLocation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/downloadLocation", schemaPath: "#/properties/downloadLocation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.mediaType !== void 0) {
      if (typeof data.mediaType !== "string") {
        const err44 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data24 = data.annotations;
      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
        const err45 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "name": true, "uri": true, "digest": true, "content": true, "downloadLocation": true, "mediaType": true, "annotations": true }, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.uri === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.digest === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.content === void 0) {
      const err2 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "name": true, "uri": true, "digest": true, "content": true, "downloadLocation": true, "mediaType": true, "annotations": true }, "dynamicProps": false, "dynamicItems": false };
var pattern21 = new RegExp("^[a-z][a-z0-9+.-]*:[^\\s]+$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data._type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "_type" }, message: "must have required property '_type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.predicateType === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "predicateType" }, message: "must have required property 'predicateType'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data._type !== void 0) {
      let data0 = data._type;
      if (!(data0 === "https://in-toto.io/Statement/v1" || data0 === "https://in-toto.io/Statement/v0.1")) {
        const err3 = { instancePath: instancePath + "/_type", schemaPath: "#/properties/_type/enum", keyword: "enum", params: { allowedValues: schema31.properties._type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data1 = data.subject;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!validate21(data2, { instancePath: instancePath + "/subject/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.digest === void 0) {
              const err5 = { instancePath: instancePath + "/subject/" + i0, schemaPath: "#/properties/subject/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.predicateType !== void 0) {
      let data3 = data.predicateType;
      if (typeof data3 === "string") {
        if (!pattern21.test(data3)) {
          const err7 = { instancePath: instancePath + "/predicateType", schemaPath: "#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/predicateType", schemaPath: "#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.predicate !== void 0) {
      let data4 = data.predicate;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err9 = { instancePath: instancePath + "/predicate", schemaPath: "#/properties/predicate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "_type": true, "subject": true, "predicateType": true, "predicate": true }, "dynamicProps": false, "dynamicItems": false };
var v1 = validate21;
var v2 = validate25;
var schema37 = { "description": "actions/buildtypes workflow/v1: externalParameters.workflow{ref,repository,path}; internalParameters.github{event_name,repository_id,repository_owner_id,runner_environment} as strings; the source commit in resolvedDependencies.", "type": "object", "required": ["externalParameters", "internalParameters", "resolvedDependencies"], "properties": { "externalParameters": { "type": "object", "required": ["workflow"], "properties": { "workflow": { "type": "object", "required": ["ref", "repository", "path"], "properties": { "ref": { "type": "string", "minLength": 1 }, "repository": { "type": "string", "pattern": "^https://" }, "path": { "type": "string", "minLength": 1 } } } } }, "internalParameters": { "type": "object", "required": ["github"], "properties": { "github": { "type": "object", "required": ["event_name", "repository_id", "repository_owner_id", "runner_environment"], "properties": { "event_name": { "type": "string", "minLength": 1 }, "repository_id": { "type": "string", "pattern": "^[0-9]+$" }, "repository_owner_id": { "type": "string", "pattern": "^[0-9]+$" }, "runner_environment": { "enum": ["github-hosted", "self-hosted"] } } } } }, "resolvedDependencies": { "type": "array", "minItems": 1, "contains": { "type": "object", "required": ["uri", "digest"], "properties": { "uri": { "type": "string", "pattern": "^git\\+https://" }, "digest": { "type": "object", "required": ["gitCommit"] } } } } } };
var pattern22 = new RegExp("^https://", "u");
var pattern23 = new RegExp("^[0-9]+$", "u");
var pattern25 = new RegExp("^git\\+https://", "u");
var pattern26 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var pattern29 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data1 = data.uri;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err1 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data2 = data.digest;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err3 = { instancePath: instancePath + "/digest", schemaPath: "#/$defs/DigestSet/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data2) {
          if (!func2.call(schema34.properties, key0)) {
            let data3 = data2[key0];
            if (typeof data3 === "string") {
              if (func1(data3) < 1) {
                const err4 = { instancePath: instancePath + "/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/DigestSet/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            } else {
              const err5 = { instancePath: instancePath + "/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/DigestSet/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
        if (data2.sha256 !== void 0) {
          let data4 = data2.sha256;
          if (typeof data4 === "string") {
            if (!pattern4.test(data4)) {
              const err6 = { instancePath: instancePath + "/digest/sha256", schemaPath: "#/$defs/DigestSet/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/digest/sha256", schemaPath: "#/$defs/DigestSet/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.sha224 !== void 0) {
          let data5 = data2.sha224;
          if (typeof data5 === "string") {
            if (!pattern5.test(data5)) {
              const err8 = { instancePath: instancePath + "/digest/sha224", schemaPath: "#/$defs/DigestSet/properties/sha224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/digest/sha224", schemaPath: "#/$defs/DigestSet/properties/sha224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.sha384 !== void 0) {
          let data6 = data2.sha384;
          if (typeof data6 === "string") {
            if (!pattern6.test(data6)) {
              const err10 = { instancePath: instancePath + "/digest/sha384", schemaPath: "#/$defs/DigestSet/properties/sha384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/digest/sha384", schemaPath: "#/$defs/DigestSet/properties/sha384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.sha512 !== void 0) {
          let data7 = data2.sha512;
          if (typeof data7 === "string") {
            if (!pattern7.test(data7)) {
              const err12 = { instancePath: instancePath + "/digest/sha512", schemaPath: "#/$defs/DigestSet/properties/sha512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/digest/sha512", schemaPath: "#/$defs/DigestSet/properties/sha512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.sha512_224 !== void 0) {
          let data8 = data2.sha512_224;
          if (typeof data8 === "string") {
            if (!pattern5.test(data8)) {
              const err14 = { instancePath: instancePath + "/digest/sha512_224", schemaPath: "#/$defs/DigestSet/properties/sha512_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/digest/sha512_224", schemaPath: "#/$defs/DigestSet/properties/sha512_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.sha512_256 !== void 0) {
          let data9 = data2.sha512_256;
          if (typeof data9 === "string") {
            if (!pattern4.test(data9)) {
              const err16 = { instancePath: instancePath + "/digest/sha512_256", schemaPath: "#/$defs/DigestSet/properties/sha512_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/digest/sha512_256", schemaPath: "#/$defs/DigestSet/properties/sha512_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.sha3_224 !== void 0) {
          let data10 = data2.sha3_224;
          if (typeof data10 === "string") {
            if (!pattern5.test(data10)) {
              const err18 = { instancePath: instancePath + "/digest/sha3_224", schemaPath: "#/$defs/DigestSet/properties/sha3_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/digest/sha3_224", schemaPath: "#/$defs/DigestSet/properties/sha3_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.sha3_256 !== void 0) {
          let data11 = data2.sha3_256;
          if (typeof data11 === "string") {
            if (!pattern4.test(data11)) {
              const err20 = { instancePath: instancePath + "/digest/sha3_256", schemaPath: "#/$defs/DigestSet/properties/sha3_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/digest/sha3_256", schemaPath: "#/$defs/DigestSet/properties/sha3_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.sha3_384 !== void 0) {
          let data12 = data2.sha3_384;
          if (typeof data12 === "string") {
            if (!pattern6.test(data12)) {
              const err22 = { instancePath: instancePath + "/digest/sha3_384", schemaPath: "#/$defs/DigestSet/properties/sha3_384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/digest/sha3_384", schemaPath: "#/$defs/DigestSet/properties/sha3_384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.sha3_512 !== void 0) {
          let data13 = data2.sha3_512;
          if (typeof data13 === "string") {
            if (!pattern7.test(data13)) {
              const err24 = { instancePath: instancePath + "/digest/sha3_512", schemaPath: "#/$defs/DigestSet/properties/sha3_512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/digest/sha3_512", schemaPath: "#/$defs/DigestSet/properties/sha3_512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data2.sha1 !== void 0) {
          let data14 = data2.sha1;
          if (typeof data14 === "string") {
            if (!pattern14.test(data14)) {
              const err26 = { instancePath: instancePath + "/digest/sha1", schemaPath: "#/$defs/DigestSet/properties/sha1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/digest/sha1", schemaPath: "#/$defs/DigestSet/properties/sha1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data2.md5 !== void 0) {
          let data15 = data2.md5;
          if (typeof data15 === "string") {
            if (!pattern15.test(data15)) {
              const err28 = { instancePath: instancePath + "/digest/md5", schemaPath: "#/$defs/DigestSet/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/digest/md5", schemaPath: "#/$defs/DigestSet/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.dirHash !== void 0) {
          let data16 = data2.dirHash;
          if (typeof data16 === "string") {
            if (!pattern4.test(data16)) {
              const err30 = { instancePath: instancePath + "/digest/dirHash", schemaPath: "#/$defs/DigestSet/properties/dirHash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/digest/dirHash", schemaPath: "#/$defs/DigestSet/properties/dirHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data2.gitCommit !== void 0) {
          let data17 = data2.gitCommit;
          if (typeof data17 === "string") {
            if (!pattern17.test(data17)) {
              const err32 = { instancePath: instancePath + "/digest/gitCommit", schemaPath: "#/$defs/DigestSet/properties/gitCommit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/digest/gitCommit", schemaPath: "#/$defs/DigestSet/properties/gitCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data2.gitTree !== void 0) {
          let data18 = data2.gitTree;
          if (typeof data18 === "string") {
            if (!pattern17.test(data18)) {
              const err34 = { instancePath: instancePath + "/digest/gitTree", schemaPath: "#/$defs/DigestSet/properties/gitTree/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/digest/gitTree", schemaPath: "#/$defs/DigestSet/properties/gitTree/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data2.gitBlob !== void 0) {
          let data19 = data2.gitBlob;
          if (typeof data19 === "string") {
            if (!pattern17.test(data19)) {
              const err36 = { instancePath: instancePath + "/digest/gitBlob", schemaPath: "#/$defs/DigestSet/properties/gitBlob/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/digest/gitBlob", schemaPath: "#/$defs/DigestSet/properties/gitBlob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data2.gitTag !== void 0) {
          let data20 = data2.gitTag;
          if (typeof data20 === "string") {
            if (!pattern17.test(data20)) {
              const err38 = { instancePath: instancePath + "/digest/gitTag", schemaPath: "#/$defs/DigestSet/properties/gitTag/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/digest/gitTag", schemaPath: "#/$defs/DigestSet/properties/gitTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/digest", schemaPath: "#/$defs/DigestSet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err41 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.downloadLocation !== void 0) {
      let data22 = data.downloadLocation;
      if (typeof data22 === "string") {
        if (func1(data22) < 1) {
          const err42 = { instancePath: instancePath + "/downloadLocation", schemaPath: "#/properties/downloadLocation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/downloadLocation", schemaPath: "#/properties/downloadLocation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.mediaType !== void 0) {
      if (typeof data.mediaType !== "string") {
        const err44 = { instancePath: instancePath + "/mediaType", schemaPath: "#/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data24 = data.annotations;
      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
        const err45 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "name": true, "uri": true, "digest": true, "content": true, "downloadLocation": true, "mediaType": true, "annotations": true }, "dynamicProps": false, "dynamicItems": false };
var formats0 = require_formats().fullFormats["date-time"];
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.buildDefinition !== void 0) {
      let data0 = data.buildDefinition;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.buildType === void 0 && (missing0 = "buildType")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data0.buildType !== void 0) {
            if ("https://actions.github.io/buildtypes/workflow/v1" !== data0.buildType) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.buildDefinition !== void 0) {
        let data2 = data.buildDefinition;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.externalParameters === void 0) {
            const err2 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/$defs/GitHubWorkflowV1/required", keyword: "required", params: { missingProperty: "externalParameters" }, message: "must have required property 'externalParameters'" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data2.internalParameters === void 0) {
            const err3 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/$defs/GitHubWorkflowV1/required", keyword: "required", params: { missingProperty: "internalParameters" }, message: "must have required property 'internalParameters'" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data2.resolvedDependencies === void 0) {
            const err4 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/$defs/GitHubWorkflowV1/required", keyword: "required", params: { missingProperty: "resolvedDependencies" }, message: "must have required property 'resolvedDependencies'" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data2.externalParameters !== void 0) {
            let data3 = data2.externalParameters;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.workflow === void 0) {
                const err5 = { instancePath: instancePath + "/buildDefinition/externalParameters", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              if (data3.workflow !== void 0) {
                let data4 = data3.workflow;
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                  if (data4.ref === void 0) {
                    const err6 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                  if (data4.repository === void 0) {
                    const err7 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                  if (data4.path === void 0) {
                    const err8 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                  if (data4.ref !== void 0) {
                    let data5 = data4.ref;
                    if (typeof data5 === "string") {
                      if (func1(data5) < 1) {
                        const err9 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow/ref", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    } else {
                      const err10 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow/ref", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                  if (data4.repository !== void 0) {
                    let data6 = data4.repository;
                    if (typeof data6 === "string") {
                      if (!pattern22.test(data6)) {
                        const err11 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow/repository", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/properties/repository/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    } else {
                      const err12 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow/repository", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  }
                  if (data4.path !== void 0) {
                    let data7 = data4.path;
                    if (typeof data7 === "string") {
                      if (func1(data7) < 1) {
                        const err13 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow/path", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    } else {
                      const err14 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow/path", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/buildDefinition/externalParameters/workflow", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/properties/workflow/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            } else {
              const err16 = { instancePath: instancePath + "/buildDefinition/externalParameters", schemaPath: "#/$defs/GitHubWorkflowV1/properties/externalParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data2.internalParameters !== void 0) {
            let data8 = data2.internalParameters;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              if (data8.github === void 0) {
                const err17 = { instancePath: instancePath + "/buildDefinition/internalParameters", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (data8.github !== void 0) {
                let data9 = data8.github;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                  if (data9.event_name === void 0) {
                    const err18 = { instancePath: instancePath + "/buildDefinition/internalParameters/github", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/required", keyword: "required", params: { missingProperty: "event_name" }, message: "must have required property 'event_name'" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                  if (data9.repository_id === void 0) {
                    const err19 = { instancePath: instancePath + "/buildDefinition/internalParameters/github", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/required", keyword: "required", params: { missingProperty: "repository_id" }, message: "must have required property 'repository_id'" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                  if (data9.repository_owner_id === void 0) {
                    const err20 = { instancePath: instancePath + "/buildDefinition/internalParameters/github", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/required", keyword: "required", params: { missingProperty: "repository_owner_id" }, message: "must have required property 'repository_owner_id'" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  if (data9.runner_environment === void 0) {
                    const err21 = { instancePath: instancePath + "/buildDefinition/internalParameters/github", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/required", keyword: "required", params: { missingProperty: "runner_environment" }, message: "must have required property 'runner_environment'" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  if (data9.event_name !== void 0) {
                    let data10 = data9.event_name;
                    if (typeof data10 === "string") {
                      if (func1(data10) < 1) {
                        const err22 = { instancePath: instancePath + "/buildDefinition/internalParameters/github/event_name", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/properties/event_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    } else {
                      const err23 = { instancePath: instancePath + "/buildDefinition/internalParameters/github/event_name", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/properties/event_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                  if (data9.repository_id !== void 0) {
                    let data11 = data9.repository_id;
                    if (typeof data11 === "string") {
                      if (!pattern23.test(data11)) {
                        const err24 = { instancePath: instancePath + "/buildDefinition/internalParameters/github/repository_id", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/properties/repository_id/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    } else {
                      const err25 = { instancePath: instancePath + "/buildDefinition/internalParameters/github/repository_id", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/properties/repository_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  }
                  if (data9.repository_owner_id !== void 0) {
                    let data12 = data9.repository_owner_id;
                    if (typeof data12 === "string") {
                      if (!pattern23.test(data12)) {
                        const err26 = { instancePath: instancePath + "/buildDefinition/internalParameters/github/repository_owner_id", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/properties/repository_owner_id/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                    } else {
                      const err27 = { instancePath: instancePath + "/buildDefinition/internalParameters/github/repository_owner_id", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/properties/repository_owner_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                  if (data9.runner_environment !== void 0) {
                    let data13 = data9.runner_environment;
                    if (!(data13 === "github-hosted" || data13 === "self-hosted")) {
                      const err28 = { instancePath: instancePath + "/buildDefinition/internalParameters/github/runner_environment", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/properties/runner_environment/enum", keyword: "enum", params: { allowedValues: schema37.properties.internalParameters.properties.github.properties.runner_environment.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/buildDefinition/internalParameters/github", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/buildDefinition/internalParameters", schemaPath: "#/$defs/GitHubWorkflowV1/properties/internalParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (data2.resolvedDependencies !== void 0) {
            let data14 = data2.resolvedDependencies;
            if (Array.isArray(data14)) {
              if (data14.length < 1) {
                const err31 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies", schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              const _errs33 = errors;
              const len0 = data14.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data15 = data14[i0];
                const _errs34 = errors;
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                  if (data15.uri === void 0) {
                    const err32 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i0, schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                  if (data15.digest === void 0) {
                    const err33 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i0, schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (data15.uri !== void 0) {
                    let data16 = data15.uri;
                    if (typeof data16 === "string") {
                      if (!pattern25.test(data16)) {
                        const err34 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i0 + "/uri", schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains/properties/uri/pattern", keyword: "pattern", params: { pattern: "^git\\+https://" }, message: 'must match pattern "^git\\+https://"' };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    } else {
                      const err35 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i0 + "/uri", schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                  if (data15.digest !== void 0) {
                    let data17 = data15.digest;
                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                      if (data17.gitCommit === void 0) {
                        const err36 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i0 + "/digest", schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains/properties/digest/required", keyword: "required", params: { missingProperty: "gitCommit" }, message: "must have required property 'gitCommit'" };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    } else {
                      const err37 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i0 + "/digest", schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains/properties/digest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err38 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i0, schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                var valid11 = _errs34 === errors;
                if (valid11) {
                  break;
                }
              }
              if (!valid11) {
                const err39 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies", schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/contains", keyword: "contains", params: { minContains: 1 }, message: "must contain at least 1 valid item(s)" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              } else {
                errors = _errs33;
                if (vErrors !== null) {
                  if (_errs33) {
                    vErrors.length = _errs33;
                  } else {
                    vErrors = null;
                  }
                }
              }
            } else {
              const err40 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies", schemaPath: "#/$defs/GitHubWorkflowV1/properties/resolvedDependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        } else {
          const err41 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/$defs/GitHubWorkflowV1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.buildDefinition = true;
    }
  }
  if (!valid1) {
    const err42 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  const _errs41 = errors;
  let valid13 = true;
  const _errs42 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.buildDefinition !== void 0) {
      let data18 = data.buildDefinition;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        let missing1;
        if (data18.buildType === void 0 && (missing1 = "buildType")) {
          const err43 = {};
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        } else {
          if (data18.buildType !== void 0) {
            if ("https://provenant.dev/buildtypes/local/v1" !== data18.buildType) {
              const err44 = {};
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
      }
    }
  }
  var _valid1 = _errs42 === errors;
  errors = _errs41;
  if (vErrors !== null) {
    if (_errs41) {
      vErrors.length = _errs41;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs45 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.buildDefinition !== void 0) {
        let data20 = data.buildDefinition;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          if (data20.externalParameters === void 0) {
            const err45 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/$defs/ProvenantLocalV1/required", keyword: "required", params: { missingProperty: "externalParameters" }, message: "must have required property 'externalParameters'" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (data20.externalParameters !== void 0) {
            let data21 = data20.externalParameters;
            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
              if (data21.command === void 0) {
                const err46 = { instancePath: instancePath + "/buildDefinition/externalParameters", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (data21.workingDirectory === void 0) {
                const err47 = { instancePath: instancePath + "/buildDefinition/externalParameters", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/required", keyword: "required", params: { missingProperty: "workingDirectory" }, message: "must have required property 'workingDirectory'" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (data21.command !== void 0) {
                let data22 = data21.command;
                if (Array.isArray(data22)) {
                  const len1 = data22.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data22[i1] !== "string") {
                      const err48 = { instancePath: instancePath + "/buildDefinition/externalParameters/command/" + i1, schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err49 = { instancePath: instancePath + "/buildDefinition/externalParameters/command", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
              if (data21.workingDirectory !== void 0) {
                if (typeof data21.workingDirectory !== "string") {
                  const err50 = { instancePath: instancePath + "/buildDefinition/externalParameters/workingDirectory", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/workingDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              if (data21.source !== void 0) {
                let data25 = data21.source;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  if (data25.commit === void 0) {
                    const err51 = { instancePath: instancePath + "/buildDefinition/externalParameters/source", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/source/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (data25.repository !== void 0) {
                    if (typeof data25.repository !== "string") {
                      const err52 = { instancePath: instancePath + "/buildDefinition/externalParameters/source/repository", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/source/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                  if (data25.ref !== void 0) {
                    if (typeof data25.ref !== "string") {
                      const err53 = { instancePath: instancePath + "/buildDefinition/externalParameters/source/ref", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/source/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                  if (data25.commit !== void 0) {
                    let data28 = data25.commit;
                    if (typeof data28 === "string") {
                      if (!pattern26.test(data28)) {
                        const err54 = { instancePath: instancePath + "/buildDefinition/externalParameters/source/commit", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/source/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    } else {
                      const err55 = { instancePath: instancePath + "/buildDefinition/externalParameters/source/commit", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/source/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                  if (data25.dirty !== void 0) {
                    if (typeof data25.dirty !== "boolean") {
                      const err56 = { instancePath: instancePath + "/buildDefinition/externalParameters/source/dirty", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/source/properties/dirty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err57 = { instancePath: instancePath + "/buildDefinition/externalParameters/source", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
            } else {
              const err58 = { instancePath: instancePath + "/buildDefinition/externalParameters", schemaPath: "#/$defs/ProvenantLocalV1/properties/externalParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        } else {
          const err59 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/$defs/ProvenantLocalV1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs45 === errors;
    valid13 = _valid1;
    if (valid13) {
      var props1 = {};
      props1.buildDefinition = true;
    }
  }
  if (!valid13) {
    const err60 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.buildDefinition === void 0) {
      const err61 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "buildDefinition" }, message: "must have required property 'buildDefinition'" };
      if (vErrors === null) {
        vErrors = [err61];
      } else {
        vErrors.push(err61);
      }
      errors++;
    }
    if (data.runDetails === void 0) {
      const err62 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runDetails" }, message: "must have required property 'runDetails'" };
      if (vErrors === null) {
        vErrors = [err62];
      } else {
        vErrors.push(err62);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.buildDefinition = true;
      props0.runDetails = true;
    }
    if (data.buildDefinition !== void 0) {
      let data30 = data.buildDefinition;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.buildType === void 0) {
          const err63 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/properties/buildDefinition/required", keyword: "required", params: { missingProperty: "buildType" }, message: "must have required property 'buildType'" };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data30.buildType !== void 0) {
          let data31 = data30.buildType;
          if (typeof data31 === "string") {
            if (!pattern21.test(data31)) {
              const err64 = { instancePath: instancePath + "/buildDefinition/buildType", schemaPath: "statement-v1.json#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/buildDefinition/buildType", schemaPath: "statement-v1.json#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data30.externalParameters !== void 0) {
          let data32 = data30.externalParameters;
          if (!(data32 && typeof data32 == "object" && !Array.isArray(data32))) {
            const err66 = { instancePath: instancePath + "/buildDefinition/externalParameters", schemaPath: "#/properties/buildDefinition/properties/externalParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data30.internalParameters !== void 0) {
          let data33 = data30.internalParameters;
          if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
            const err67 = { instancePath: instancePath + "/buildDefinition/internalParameters", schemaPath: "#/properties/buildDefinition/properties/internalParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data30.resolvedDependencies !== void 0) {
          let data34 = data30.resolvedDependencies;
          if (Array.isArray(data34)) {
            const len2 = data34.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate21(data34[i2], { instancePath: instancePath + "/buildDefinition/resolvedDependencies/" + i2, parentData: data34, parentDataProperty: i2, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/buildDefinition/resolvedDependencies", schemaPath: "#/properties/buildDefinition/properties/resolvedDependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/buildDefinition", schemaPath: "#/properties/buildDefinition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.runDetails !== void 0) {
      let data36 = data.runDetails;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.builder === void 0) {
          const err70 = { instancePath: instancePath + "/runDetails", schemaPath: "#/properties/runDetails/required", keyword: "required", params: { missingProperty: "builder" }, message: "must have required property 'builder'" };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data36.builder !== void 0) {
          let data37 = data36.builder;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.id === void 0) {
              const err71 = { instancePath: instancePath + "/runDetails/builder", schemaPath: "#/properties/runDetails/properties/builder/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data37.id !== void 0) {
              let data38 = data37.id;
              if (typeof data38 === "string") {
                if (!pattern21.test(data38)) {
                  const err72 = { instancePath: instancePath + "/runDetails/builder/id", schemaPath: "statement-v1.json#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/runDetails/builder/id", schemaPath: "statement-v1.json#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data37.version !== void 0) {
              let data39 = data37.version;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                for (const key0 in data39) {
                  if (typeof data39[key0] !== "string") {
                    const err74 = { instancePath: instancePath + "/runDetails/builder/version/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runDetails/properties/builder/properties/version/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/runDetails/builder/version", schemaPath: "#/properties/runDetails/properties/builder/properties/version/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data37.builderDependencies !== void 0) {
              let data41 = data37.builderDependencies;
              if (Array.isArray(data41)) {
                const len3 = data41.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (!validate21(data41[i3], { instancePath: instancePath + "/runDetails/builder/builderDependencies/" + i3, parentData: data41, parentDataProperty: i3, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err76 = { instancePath: instancePath + "/runDetails/builder/builderDependencies", schemaPath: "#/properties/runDetails/properties/builder/properties/builderDependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/runDetails/builder", schemaPath: "#/properties/runDetails/properties/builder/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data36.metadata !== void 0) {
          let data43 = data36.metadata;
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            if (data43.invocationId !== void 0) {
              if (typeof data43.invocationId !== "string") {
                const err78 = { instancePath: instancePath + "/runDetails/metadata/invocationId", schemaPath: "#/properties/runDetails/properties/metadata/properties/invocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data43.startedOn !== void 0) {
              let data45 = data43.startedOn;
              if (typeof data45 === "string") {
                if (!pattern29.test(data45)) {
                  const err79 = { instancePath: instancePath + "/runDetails/metadata/startedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (!formats0.validate(data45)) {
                  const err80 = { instancePath: instancePath + "/runDetails/metadata/startedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/runDetails/metadata/startedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data43.finishedOn !== void 0) {
              let data46 = data43.finishedOn;
              if (typeof data46 === "string") {
                if (!pattern29.test(data46)) {
                  const err82 = { instancePath: instancePath + "/runDetails/metadata/finishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                if (!formats0.validate(data46)) {
                  const err83 = { instancePath: instancePath + "/runDetails/metadata/finishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/runDetails/metadata/finishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/runDetails/metadata", schemaPath: "#/properties/runDetails/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data36.byproducts !== void 0) {
          let data47 = data36.byproducts;
          if (Array.isArray(data47)) {
            const len4 = data47.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate28(data47[i4], { instancePath: instancePath + "/runDetails/byproducts/" + i4, parentData: data47, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/runDetails/byproducts", schemaPath: "#/properties/runDetails/properties/byproducts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/runDetails", schemaPath: "#/properties/runDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate25.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate25.evaluated = { "dynamicProps": true, "dynamicItems": false };
var v3 = validate30;
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.builder === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "builder" }, message: "must have required property 'builder'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.buildType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "buildType" }, message: "must have required property 'buildType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.builder !== void 0) {
      let data0 = data.builder;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.id === void 0) {
          const err2 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.id !== void 0) {
          let data1 = data0.id;
          if (typeof data1 === "string") {
            if (!pattern21.test(data1)) {
              const err3 = { instancePath: instancePath + "/builder/id", schemaPath: "statement-v1.json#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/builder/id", schemaPath: "statement-v1.json#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.buildType !== void 0) {
      let data2 = data.buildType;
      if (typeof data2 === "string") {
        if (!pattern21.test(data2)) {
          const err6 = { instancePath: instancePath + "/buildType", schemaPath: "statement-v1.json#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/buildType", schemaPath: "statement-v1.json#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.invocation !== void 0) {
      let data3 = data.invocation;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.configSource !== void 0) {
          let data4 = data3.configSource;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.uri !== void 0) {
              if (typeof data4.uri !== "string") {
                const err8 = { instancePath: instancePath + "/invocation/configSource/uri", schemaPath: "#/properties/invocation/properties/configSource/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.digest !== void 0) {
              let data6 = data4.digest;
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (Object.keys(data6).length < 1) {
                  const err9 = { instancePath: instancePath + "/invocation/configSource/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                for (const key0 in data6) {
                  if (!func2.call(schema34.properties, key0)) {
                    let data7 = data6[key0];
                    if (typeof data7 === "string") {
                      if (func1(data7) < 1) {
                        const err10 = { instancePath: instancePath + "/invocation/configSource/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    } else {
                      const err11 = { instancePath: instancePath + "/invocation/configSource/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                }
                if (data6.sha256 !== void 0) {
                  let data8 = data6.sha256;
                  if (typeof data8 === "string") {
                    if (!pattern4.test(data8)) {
                      const err12 = { instancePath: instancePath + "/invocation/configSource/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  } else {
                    const err13 = { instancePath: instancePath + "/invocation/configSource/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data6.sha224 !== void 0) {
                  let data9 = data6.sha224;
                  if (typeof data9 === "string") {
                    if (!pattern5.test(data9)) {
                      const err14 = { instancePath: instancePath + "/invocation/configSource/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/invocation/configSource/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data6.sha384 !== void 0) {
                  let data10 = data6.sha384;
                  if (typeof data10 === "string") {
                    if (!pattern6.test(data10)) {
                      const err16 = { instancePath: instancePath + "/invocation/configSource/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  } else {
                    const err17 = { instancePath: instancePath + "/invocation/configSource/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data6.sha512 !== void 0) {
                  let data11 = data6.sha512;
                  if (typeof data11 === "string") {
                    if (!pattern7.test(data11)) {
                      const err18 = { instancePath: instancePath + "/invocation/configSource/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/invocation/configSource/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data6.sha512_224 !== void 0) {
                  let data12 = data6.sha512_224;
                  if (typeof data12 === "string") {
                    if (!pattern5.test(data12)) {
                      const err20 = { instancePath: instancePath + "/invocation/configSource/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/invocation/configSource/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data6.sha512_256 !== void 0) {
                  let data13 = data6.sha512_256;
                  if (typeof data13 === "string") {
                    if (!pattern4.test(data13)) {
                      const err22 = { instancePath: instancePath + "/invocation/configSource/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/invocation/configSource/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data6.sha3_224 !== void 0) {
                  let data14 = data6.sha3_224;
                  if (typeof data14 === "string") {
                    if (!pattern5.test(data14)) {
                      const err24 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data6.sha3_256 !== void 0) {
                  let data15 = data6.sha3_256;
                  if (typeof data15 === "string") {
                    if (!pattern4.test(data15)) {
                      const err26 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data6.sha3_384 !== void 0) {
                  let data16 = data6.sha3_384;
                  if (typeof data16 === "string") {
                    if (!pattern6.test(data16)) {
                      const err28 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data6.sha3_512 !== void 0) {
                  let data17 = data6.sha3_512;
                  if (typeof data17 === "string") {
                    if (!pattern7.test(data17)) {
                      const err30 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/invocation/configSource/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data6.sha1 !== void 0) {
                  let data18 = data6.sha1;
                  if (typeof data18 === "string") {
                    if (!pattern14.test(data18)) {
                      const err32 = { instancePath: instancePath + "/invocation/configSource/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/invocation/configSource/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data6.md5 !== void 0) {
                  let data19 = data6.md5;
                  if (typeof data19 === "string") {
                    if (!pattern15.test(data19)) {
                      const err34 = { instancePath: instancePath + "/invocation/configSource/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/invocation/configSource/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data6.dirHash !== void 0) {
                  let data20 = data6.dirHash;
                  if (typeof data20 === "string") {
                    if (!pattern4.test(data20)) {
                      const err36 = { instancePath: instancePath + "/invocation/configSource/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/invocation/configSource/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data6.gitCommit !== void 0) {
                  let data21 = data6.gitCommit;
                  if (typeof data21 === "string") {
                    if (!pattern17.test(data21)) {
                      const err38 = { instancePath: instancePath + "/invocation/configSource/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/invocation/configSource/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data6.gitTree !== void 0) {
                  let data22 = data6.gitTree;
                  if (typeof data22 === "string") {
                    if (!pattern17.test(data22)) {
                      const err40 = { instancePath: instancePath + "/invocation/configSource/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/invocation/configSource/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data6.gitBlob !== void 0) {
                  let data23 = data6.gitBlob;
                  if (typeof data23 === "string") {
                    if (!pattern17.test(data23)) {
                      const err42 = { instancePath: instancePath + "/invocation/configSource/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/invocation/configSource/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data6.gitTag !== void 0) {
                  let data24 = data6.gitTag;
                  if (typeof data24 === "string") {
                    if (!pattern17.test(data24)) {
                      const err44 = { instancePath: instancePath + "/invocation/configSource/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/invocation/configSource/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/invocation/configSource/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data4.entryPoint !== void 0) {
              if (typeof data4.entryPoint !== "string") {
                const err47 = { instancePath: instancePath + "/invocation/configSource/entryPoint", schemaPath: "#/properties/invocation/properties/configSource/properties/entryPoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/invocation/configSource", schemaPath: "#/properties/invocation/properties/configSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/invocation", schemaPath: "#/properties/invocation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data26 = data.metadata;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.buildInvocationId !== void 0) {
          if (typeof data26.buildInvocationId !== "string") {
            const err50 = { instancePath: instancePath + "/metadata/buildInvocationId", schemaPath: "#/properties/metadata/properties/buildInvocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data26.buildStartedOn !== void 0) {
          let data28 = data26.buildStartedOn;
          if (typeof data28 === "string") {
            if (!pattern29.test(data28)) {
              const err51 = { instancePath: instancePath + "/metadata/buildStartedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (!formats0.validate(data28)) {
              const err52 = { instancePath: instancePath + "/metadata/buildStartedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/metadata/buildStartedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data26.buildFinishedOn !== void 0) {
          let data29 = data26.buildFinishedOn;
          if (typeof data29 === "string") {
            if (!pattern29.test(data29)) {
              const err54 = { instancePath: instancePath + "/metadata/buildFinishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (!formats0.validate(data29)) {
              const err55 = { instancePath: instancePath + "/metadata/buildFinishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/metadata/buildFinishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data26.completeness !== void 0) {
          let data30 = data26.completeness;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.parameters !== void 0) {
              if (typeof data30.parameters !== "boolean") {
                const err57 = { instancePath: instancePath + "/metadata/completeness/parameters", schemaPath: "#/properties/metadata/properties/completeness/properties/parameters/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data30.environment !== void 0) {
              if (typeof data30.environment !== "boolean") {
                const err58 = { instancePath: instancePath + "/metadata/completeness/environment", schemaPath: "#/properties/metadata/properties/completeness/properties/environment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data30.materials !== void 0) {
              if (typeof data30.materials !== "boolean") {
                const err59 = { instancePath: instancePath + "/metadata/completeness/materials", schemaPath: "#/properties/metadata/properties/completeness/properties/materials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/metadata/completeness", schemaPath: "#/properties/metadata/properties/completeness/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data26.reproducible !== void 0) {
          if (typeof data26.reproducible !== "boolean") {
            const err61 = { instancePath: instancePath + "/metadata/reproducible", schemaPath: "#/properties/metadata/properties/reproducible/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.materials !== void 0) {
      let data35 = data.materials;
      if (Array.isArray(data35)) {
        const len0 = data35.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data36 = data35[i0];
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.uri !== void 0) {
              if (typeof data36.uri !== "string") {
                const err63 = { instancePath: instancePath + "/materials/" + i0 + "/uri", schemaPath: "#/properties/materials/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data36.digest !== void 0) {
              let data38 = data36.digest;
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (Object.keys(data38).length < 1) {
                  const err64 = { instancePath: instancePath + "/materials/" + i0 + "/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                for (const key1 in data38) {
                  if (!func2.call(schema34.properties, key1)) {
                    let data39 = data38[key1];
                    if (typeof data39 === "string") {
                      if (func1(data39) < 1) {
                        const err65 = { instancePath: instancePath + "/materials/" + i0 + "/digest/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    } else {
                      const err66 = { instancePath: instancePath + "/materials/" + i0 + "/digest/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  }
                }
                if (data38.sha256 !== void 0) {
                  let data40 = data38.sha256;
                  if (typeof data40 === "string") {
                    if (!pattern4.test(data40)) {
                      const err67 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data38.sha224 !== void 0) {
                  let data41 = data38.sha224;
                  if (typeof data41 === "string") {
                    if (!pattern5.test(data41)) {
                      const err69 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data38.sha384 !== void 0) {
                  let data42 = data38.sha384;
                  if (typeof data42 === "string") {
                    if (!pattern6.test(data42)) {
                      const err71 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data38.sha512 !== void 0) {
                  let data43 = data38.sha512;
                  if (typeof data43 === "string") {
                    if (!pattern7.test(data43)) {
                      const err73 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data38.sha512_224 !== void 0) {
                  let data44 = data38.sha512_224;
                  if (typeof data44 === "string") {
                    if (!pattern5.test(data44)) {
                      const err75 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data38.sha512_256 !== void 0) {
                  let data45 = data38.sha512_256;
                  if (typeof data45 === "string") {
                    if (!pattern4.test(data45)) {
                      const err77 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data38.sha3_224 !== void 0) {
                  let data46 = data38.sha3_224;
                  if (typeof data46 === "string") {
                    if (!pattern5.test(data46)) {
                      const err79 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data38.sha3_256 !== void 0) {
                  let data47 = data38.sha3_256;
                  if (typeof data47 === "string") {
                    if (!pattern4.test(data47)) {
                      const err81 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data38.sha3_384 !== void 0) {
                  let data48 = data38.sha3_384;
                  if (typeof data48 === "string") {
                    if (!pattern6.test(data48)) {
                      const err83 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data38.sha3_512 !== void 0) {
                  let data49 = data38.sha3_512;
                  if (typeof data49 === "string") {
                    if (!pattern7.test(data49)) {
                      const err85 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data38.sha1 !== void 0) {
                  let data50 = data38.sha1;
                  if (typeof data50 === "string") {
                    if (!pattern14.test(data50)) {
                      const err87 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data38.md5 !== void 0) {
                  let data51 = data38.md5;
                  if (typeof data51 === "string") {
                    if (!pattern15.test(data51)) {
                      const err89 = { instancePath: instancePath + "/materials/" + i0 + "/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/materials/" + i0 + "/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data38.dirHash !== void 0) {
                  let data52 = data38.dirHash;
                  if (typeof data52 === "string") {
                    if (!pattern4.test(data52)) {
                      const err91 = { instancePath: instancePath + "/materials/" + i0 + "/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/materials/" + i0 + "/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data38.gitCommit !== void 0) {
                  let data53 = data38.gitCommit;
                  if (typeof data53 === "string") {
                    if (!pattern17.test(data53)) {
                      const err93 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data38.gitTree !== void 0) {
                  let data54 = data38.gitTree;
                  if (typeof data54 === "string") {
                    if (!pattern17.test(data54)) {
                      const err95 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data38.gitBlob !== void 0) {
                  let data55 = data38.gitBlob;
                  if (typeof data55 === "string") {
                    if (!pattern17.test(data55)) {
                      const err97 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data38.gitTag !== void 0) {
                  let data56 = data38.gitTag;
                  if (typeof data56 === "string") {
                    if (!pattern17.test(data56)) {
                      const err99 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/materials/" + i0 + "/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/materials/" + i0, schemaPath: "#/properties/materials/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/materials", schemaPath: "#/properties/materials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
  } else {
    const err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err104];
    } else {
      vErrors.push(err104);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "builder": true, "buildType": true, "invocation": true, "buildConfig": true, "metadata": true, "materials": true }, "dynamicProps": false, "dynamicItems": false };
var v4 = validate31;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.builder === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "builder" }, message: "must have required property 'builder'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.recipe === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recipe" }, message: "must have required property 'recipe'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.builder !== void 0) {
      let data0 = data.builder;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.id === void 0) {
          const err2 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.id !== void 0) {
          let data1 = data0.id;
          if (typeof data1 === "string") {
            if (!pattern21.test(data1)) {
              const err3 = { instancePath: instancePath + "/builder/id", schemaPath: "statement-v1.json#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/builder/id", schemaPath: "statement-v1.json#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.recipe !== void 0) {
      let data2 = data.recipe;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.type === void 0) {
          const err6 = { instancePath: instancePath + "/recipe", schemaPath: "#/properties/recipe/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.type !== void 0) {
          let data3 = data2.type;
          if (typeof data3 === "string") {
            if (!pattern21.test(data3)) {
              const err7 = { instancePath: instancePath + "/recipe/type", schemaPath: "statement-v1.json#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/recipe/type", schemaPath: "statement-v1.json#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.definedInMaterial !== void 0) {
          let data4 = data2.definedInMaterial;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
            const err9 = { instancePath: instancePath + "/recipe/definedInMaterial", schemaPath: "#/properties/recipe/properties/definedInMaterial/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data4 == "number") {
            if (data4 < -1 || isNaN(data4)) {
              const err10 = { instancePath: instancePath + "/recipe/definedInMaterial", schemaPath: "#/properties/recipe/properties/definedInMaterial/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
        if (data2.entryPoint !== void 0) {
          if (typeof data2.entryPoint !== "string") {
            const err11 = { instancePath: instancePath + "/recipe/entryPoint", schemaPath: "#/properties/recipe/properties/entryPoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/recipe", schemaPath: "#/properties/recipe/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data6 = data.metadata;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.buildInvocationId !== void 0) {
          if (typeof data6.buildInvocationId !== "string") {
            const err13 = { instancePath: instancePath + "/metadata/buildInvocationId", schemaPath: "#/properties/metadata/properties/buildInvocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.buildStartedOn !== void 0) {
          let data8 = data6.buildStartedOn;
          if (typeof data8 === "string") {
            if (!pattern29.test(data8)) {
              const err14 = { instancePath: instancePath + "/metadata/buildStartedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!formats0.validate(data8)) {
              const err15 = { instancePath: instancePath + "/metadata/buildStartedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/metadata/buildStartedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.buildFinishedOn !== void 0) {
          let data9 = data6.buildFinishedOn;
          if (typeof data9 === "string") {
            if (!pattern29.test(data9)) {
              const err17 = { instancePath: instancePath + "/metadata/buildFinishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!formats0.validate(data9)) {
              const err18 = { instancePath: instancePath + "/metadata/buildFinishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/metadata/buildFinishedOn", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.completeness !== void 0) {
          let data10 = data6.completeness;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.arguments !== void 0) {
              if (typeof data10.arguments !== "boolean") {
                const err20 = { instancePath: instancePath + "/metadata/completeness/arguments", schemaPath: "#/properties/metadata/properties/completeness/properties/arguments/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data10.environment !== void 0) {
              if (typeof data10.environment !== "boolean") {
                const err21 = { instancePath: instancePath + "/metadata/completeness/environment", schemaPath: "#/properties/metadata/properties/completeness/properties/environment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data10.materials !== void 0) {
              if (typeof data10.materials !== "boolean") {
                const err22 = { instancePath: instancePath + "/metadata/completeness/materials", schemaPath: "#/properties/metadata/properties/completeness/properties/materials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/metadata/completeness", schemaPath: "#/properties/metadata/properties/completeness/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.reproducible !== void 0) {
          if (typeof data6.reproducible !== "boolean") {
            const err24 = { instancePath: instancePath + "/metadata/reproducible", schemaPath: "#/properties/metadata/properties/reproducible/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.materials !== void 0) {
      let data15 = data.materials;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data16 = data15[i0];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.uri !== void 0) {
              if (typeof data16.uri !== "string") {
                const err26 = { instancePath: instancePath + "/materials/" + i0 + "/uri", schemaPath: "#/properties/materials/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data16.digest !== void 0) {
              let data18 = data16.digest;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (Object.keys(data18).length < 1) {
                  const err27 = { instancePath: instancePath + "/materials/" + i0 + "/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                for (const key0 in data18) {
                  if (!func2.call(schema34.properties, key0)) {
                    let data19 = data18[key0];
                    if (typeof data19 === "string") {
                      if (func1(data19) < 1) {
                        const err28 = { instancePath: instancePath + "/materials/" + i0 + "/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    } else {
                      const err29 = { instancePath: instancePath + "/materials/" + i0 + "/digest/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                }
                if (data18.sha256 !== void 0) {
                  let data20 = data18.sha256;
                  if (typeof data20 === "string") {
                    if (!pattern4.test(data20)) {
                      const err30 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data18.sha224 !== void 0) {
                  let data21 = data18.sha224;
                  if (typeof data21 === "string") {
                    if (!pattern5.test(data21)) {
                      const err32 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data18.sha384 !== void 0) {
                  let data22 = data18.sha384;
                  if (typeof data22 === "string") {
                    if (!pattern6.test(data22)) {
                      const err34 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data18.sha512 !== void 0) {
                  let data23 = data18.sha512;
                  if (typeof data23 === "string") {
                    if (!pattern7.test(data23)) {
                      const err36 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data18.sha512_224 !== void 0) {
                  let data24 = data18.sha512_224;
                  if (typeof data24 === "string") {
                    if (!pattern5.test(data24)) {
                      const err38 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data18.sha512_256 !== void 0) {
                  let data25 = data18.sha512_256;
                  if (typeof data25 === "string") {
                    if (!pattern4.test(data25)) {
                      const err40 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data18.sha3_224 !== void 0) {
                  let data26 = data18.sha3_224;
                  if (typeof data26 === "string") {
                    if (!pattern5.test(data26)) {
                      const err42 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data18.sha3_256 !== void 0) {
                  let data27 = data18.sha3_256;
                  if (typeof data27 === "string") {
                    if (!pattern4.test(data27)) {
                      const err44 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data18.sha3_384 !== void 0) {
                  let data28 = data18.sha3_384;
                  if (typeof data28 === "string") {
                    if (!pattern6.test(data28)) {
                      const err46 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data18.sha3_512 !== void 0) {
                  let data29 = data18.sha3_512;
                  if (typeof data29 === "string") {
                    if (!pattern7.test(data29)) {
                      const err48 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data18.sha1 !== void 0) {
                  let data30 = data18.sha1;
                  if (typeof data30 === "string") {
                    if (!pattern14.test(data30)) {
                      const err50 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/materials/" + i0 + "/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data18.md5 !== void 0) {
                  let data31 = data18.md5;
                  if (typeof data31 === "string") {
                    if (!pattern15.test(data31)) {
                      const err52 = { instancePath: instancePath + "/materials/" + i0 + "/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/materials/" + i0 + "/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data18.dirHash !== void 0) {
                  let data32 = data18.dirHash;
                  if (typeof data32 === "string") {
                    if (!pattern4.test(data32)) {
                      const err54 = { instancePath: instancePath + "/materials/" + i0 + "/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/materials/" + i0 + "/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data18.gitCommit !== void 0) {
                  let data33 = data18.gitCommit;
                  if (typeof data33 === "string") {
                    if (!pattern17.test(data33)) {
                      const err56 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data18.gitTree !== void 0) {
                  let data34 = data18.gitTree;
                  if (typeof data34 === "string") {
                    if (!pattern17.test(data34)) {
                      const err58 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data18.gitBlob !== void 0) {
                  let data35 = data18.gitBlob;
                  if (typeof data35 === "string") {
                    if (!pattern17.test(data35)) {
                      const err60 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data18.gitTag !== void 0) {
                  let data36 = data18.gitTag;
                  if (typeof data36 === "string") {
                    if (!pattern17.test(data36)) {
                      const err62 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/materials/" + i0 + "/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/materials/" + i0 + "/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/materials/" + i0, schemaPath: "#/properties/materials/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/materials", schemaPath: "#/properties/materials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
  } else {
    const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err67];
    } else {
      vErrors.push(err67);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": { "builder": true, "recipe": true, "metadata": true, "materials": true }, "dynamicProps": false, "dynamicItems": false };
var v5 = validate32;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data1 = data.command;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.materials !== void 0) {
      let data3 = data.materials;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate21(data3[i1], { instancePath: instancePath + "/materials/" + i1, parentData: data3, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/materials", schemaPath: "#/properties/materials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.byproducts !== void 0) {
      let data5 = data.byproducts;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err6 = { instancePath: instancePath + "/byproducts", schemaPath: "#/properties/byproducts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data6 = data.environment;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
        const err7 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": { "name": true, "command": true, "materials": true, "byproducts": true, "environment": true }, "dynamicProps": false, "dynamicItems": false };
var v6 = validate34;
var schema59 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://provenant.dev/schemas/vsa-v1.json", "title": "SLSA Verification Summary Attestation v1 predicate", "description": "slsa.dev/spec/v1.0/verification_summary (VSA 1.0-1.2).", "type": "object", "required": ["verifier", "resourceUri", "verificationResult", "verifiedLevels"], "properties": { "verifier": { "type": "object", "required": ["id"], "properties": { "id": { "$ref": "statement-v1.json#/$defs/TypeURI" }, "version": { "type": "object", "additionalProperties": { "type": "string" } } } }, "timeVerified": { "$ref": "statement-v1.json#/$defs/Timestamp" }, "resourceUri": { "type": "string", "minLength": 1 }, "policy": { "type": "object", "required": ["uri"], "properties": { "uri": { "type": "string", "minLength": 1 }, "digest": { "$ref": "resource-descriptor.json#/$defs/DigestSet" }, "annotations": { "type": "object", "properties": { "provenant.dev/effective-policy/v1": { "$ref": "#/$defs/EffectivePolicy" } } } } }, "inputAttestations": { "type": "array", "items": { "allOf": [{ "$ref": "resource-descriptor.json" }], "required": ["digest"] } }, "verificationResult": { "enum": ["PASSED", "FAILED"] }, "verifiedLevels": { "type": "array", "items": { "$ref": "#/$defs/SlsaResult" } }, "dependencyLevels": { "type": "object", "propertyNames": { "$ref": "#/$defs/SlsaResult" }, "additionalProperties": { "type": "integer", "minimum": 0 } }, "slsaVersion": { "type": "string", "pattern": "^\\d+\\.\\d+$" } }, "$defs": { "EffectivePolicy": { "description": "Provenant: what the verdict rests on. policy.digest.sha256 is the sha256 of this object's canonical JSON. constraints: every policy constraint applied (verify's options by their Policy names); trust: the Sigstore trusted root's canonical-JSON sha256 and every trusted key's DER SubjectPublicKeyInfo sha256 with its validity.", "type": "object", "required": ["constraints", "trust"], "properties": { "constraints": { "type": "object" }, "trust": { "type": "object", "required": ["trustedRoot", "keys"], "properties": { "trustedRoot": { "type": "object", "required": ["sha256"], "properties": { "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } }, "keys": { "type": "array", "items": { "type": "object", "required": ["spkiSha256"], "properties": { "spkiSha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "validFrom": { "$ref": "statement-v1.json#/$defs/Timestamp" }, "validUntil": { "$ref": "statement-v1.json#/$defs/Timestamp" } } } } } } } }, "SlsaResult": { "type": "string", "anyOf": [{ "pattern": "^SLSA_[A-Z]+_LEVEL_([0-9]+|UNEVALUATED)$" }, { "const": "FAILED" }, { "not": { "pattern": "^SLSA_" } }] } } };
var pattern130 = new RegExp("^SLSA_[A-Z]+_LEVEL_([0-9]+|UNEVALUATED)$", "u");
var pattern131 = new RegExp("^SLSA_", "u");
var pattern134 = new RegExp("^\\d+\\.\\d+$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.constraints === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "constraints" }, message: "must have required property 'constraints'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.trust === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trust" }, message: "must have required property 'trust'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.constraints !== void 0) {
      let data0 = data.constraints;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
        const err2 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.trust !== void 0) {
      let data1 = data.trust;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.trustedRoot === void 0) {
          const err3 = { instancePath: instancePath + "/trust", schemaPath: "#/properties/trust/required", keyword: "required", params: { missingProperty: "trustedRoot" }, message: "must have required property 'trustedRoot'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.keys === void 0) {
          const err4 = { instancePath: instancePath + "/trust", schemaPath: "#/properties/trust/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.trustedRoot !== void 0) {
          let data2 = data1.trustedRoot;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.sha256 === void 0) {
              const err5 = { instancePath: instancePath + "/trust/trustedRoot", schemaPath: "#/properties/trust/properties/trustedRoot/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.sha256 !== void 0) {
              let data3 = data2.sha256;
              if (typeof data3 === "string") {
                if (!pattern4.test(data3)) {
                  const err6 = { instancePath: instancePath + "/trust/trustedRoot/sha256", schemaPath: "#/properties/trust/properties/trustedRoot/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/trust/trustedRoot/sha256", schemaPath: "#/properties/trust/properties/trustedRoot/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/trust/trustedRoot", schemaPath: "#/properties/trust/properties/trustedRoot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.keys !== void 0) {
          let data4 = data1.keys;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.spkiSha256 === void 0) {
                  const err9 = { instancePath: instancePath + "/trust/keys/" + i0, schemaPath: "#/properties/trust/properties/keys/items/required", keyword: "required", params: { missingProperty: "spkiSha256" }, message: "must have required property 'spkiSha256'" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data5.spkiSha256 !== void 0) {
                  let data6 = data5.spkiSha256;
                  if (typeof data6 === "string") {
                    if (!pattern4.test(data6)) {
                      const err10 = { instancePath: instancePath + "/trust/keys/" + i0 + "/spkiSha256", schemaPath: "#/properties/trust/properties/keys/items/properties/spkiSha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/trust/keys/" + i0 + "/spkiSha256", schemaPath: "#/properties/trust/properties/keys/items/properties/spkiSha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data5.validFrom !== void 0) {
                  let data7 = data5.validFrom;
                  if (typeof data7 === "string") {
                    if (!pattern29.test(data7)) {
                      const err12 = { instancePath: instancePath + "/trust/keys/" + i0 + "/validFrom", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data7)) {
                      const err13 = { instancePath: instancePath + "/trust/keys/" + i0 + "/validFrom", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/trust/keys/" + i0 + "/validFrom", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data5.validUntil !== void 0) {
                  let data8 = data5.validUntil;
                  if (typeof data8 === "string") {
                    if (!pattern29.test(data8)) {
                      const err15 = { instancePath: instancePath + "/trust/keys/" + i0 + "/validUntil", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data8)) {
                      const err16 = { instancePath: instancePath + "/trust/keys/" + i0 + "/validUntil", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  } else {
                    const err17 = { instancePath: instancePath + "/trust/keys/" + i0 + "/validUntil", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/trust/keys/" + i0, schemaPath: "#/properties/trust/properties/keys/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/trust/keys", schemaPath: "#/properties/trust/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/trust", schemaPath: "#/properties/trust/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": { "constraints": true, "trust": true }, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.verifier === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verifier" }, message: "must have required property 'verifier'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.resourceUri === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceUri" }, message: "must have required property 'resourceUri'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.verificationResult === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verificationResult" }, message: "must have required property 'verificationResult'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.verifiedLevels === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verifiedLevels" }, message: "must have required property 'verifiedLevels'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.verifier !== void 0) {
      let data0 = data.verifier;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.id === void 0) {
          const err4 = { instancePath: instancePath + "/verifier", schemaPath: "#/properties/verifier/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.id !== void 0) {
          let data1 = data0.id;
          if (typeof data1 === "string") {
            if (!pattern21.test(data1)) {
              const err5 = { instancePath: instancePath + "/verifier/id", schemaPath: "statement-v1.json#/$defs/TypeURI/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9+.-]*:[^\\s]+$" }, message: 'must match pattern "^[a-z][a-z0-9+.-]*:[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/verifier/id", schemaPath: "statement-v1.json#/$defs/TypeURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.version !== void 0) {
          let data2 = data0.version;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key0 in data2) {
              if (typeof data2[key0] !== "string") {
                const err7 = { instancePath: instancePath + "/verifier/version/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/verifier/properties/version/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/verifier/version", schemaPath: "#/properties/verifier/properties/version/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/verifier", schemaPath: "#/properties/verifier/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.timeVerified !== void 0) {
      let data4 = data.timeVerified;
      if (typeof data4 === "string") {
        if (!pattern29.test(data4)) {
          const err10 = { instancePath: instancePath + "/timeVerified", schemaPath: "statement-v1.json#/$defs/Timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!formats0.validate(data4)) {
          const err11 = { instancePath: instancePath + "/timeVerified", schemaPath: "statement-v1.json#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/timeVerified", schemaPath: "statement-v1.json#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.resourceUri !== void 0) {
      let data5 = data.resourceUri;
      if (typeof data5 === "string") {
        if (func1(data5) < 1) {
          const err13 = { instancePath: instancePath + "/resourceUri", schemaPath: "#/properties/resourceUri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/resourceUri", schemaPath: "#/properties/resourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data6 = data.policy;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.uri === void 0) {
          const err15 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.uri !== void 0) {
          let data7 = data6.uri;
          if (typeof data7 === "string") {
            if (func1(data7) < 1) {
              const err16 = { instancePath: instancePath + "/policy/uri", schemaPath: "#/properties/policy/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/policy/uri", schemaPath: "#/properties/policy/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.digest !== void 0) {
          let data8 = data6.digest;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (Object.keys(data8).length < 1) {
              const err18 = { instancePath: instancePath + "/policy/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!func2.call(schema34.properties, key1)) {
                let data9 = data8[key1];
                if (typeof data9 === "string") {
                  if (func1(data9) < 1) {
                    const err19 = { instancePath: instancePath + "/policy/digest/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/policy/digest/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "resource-descriptor.json#/$defs/DigestSet/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
            if (data8.sha256 !== void 0) {
              let data10 = data8.sha256;
              if (typeof data10 === "string") {
                if (!pattern4.test(data10)) {
                  const err21 = { instancePath: instancePath + "/policy/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/policy/digest/sha256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data8.sha224 !== void 0) {
              let data11 = data8.sha224;
              if (typeof data11 === "string") {
                if (!pattern5.test(data11)) {
                  const err23 = { instancePath: instancePath + "/policy/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/policy/digest/sha224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data8.sha384 !== void 0) {
              let data12 = data8.sha384;
              if (typeof data12 === "string") {
                if (!pattern6.test(data12)) {
                  const err25 = { instancePath: instancePath + "/policy/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/policy/digest/sha384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data8.sha512 !== void 0) {
              let data13 = data8.sha512;
              if (typeof data13 === "string") {
                if (!pattern7.test(data13)) {
                  const err27 = { instancePath: instancePath + "/policy/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/policy/digest/sha512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data8.sha512_224 !== void 0) {
              let data14 = data8.sha512_224;
              if (typeof data14 === "string") {
                if (!pattern5.test(data14)) {
                  const err29 = { instancePath: instancePath + "/policy/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/policy/digest/sha512_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data8.sha512_256 !== void 0) {
              let data15 = data8.sha512_256;
              if (typeof data15 === "string") {
                if (!pattern4.test(data15)) {
                  const err31 = { instancePath: instancePath + "/policy/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/policy/digest/sha512_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha512_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data8.sha3_224 !== void 0) {
              let data16 = data8.sha3_224;
              if (typeof data16 === "string") {
                if (!pattern5.test(data16)) {
                  const err33 = { instancePath: instancePath + "/policy/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{56}$" }, message: 'must match pattern "^[0-9a-f]{56}$"' };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/policy/digest/sha3_224", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_224/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data8.sha3_256 !== void 0) {
              let data17 = data8.sha3_256;
              if (typeof data17 === "string") {
                if (!pattern4.test(data17)) {
                  const err35 = { instancePath: instancePath + "/policy/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/policy/digest/sha3_256", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data8.sha3_384 !== void 0) {
              let data18 = data8.sha3_384;
              if (typeof data18 === "string") {
                if (!pattern6.test(data18)) {
                  const err37 = { instancePath: instancePath + "/policy/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{96}$" }, message: 'must match pattern "^[0-9a-f]{96}$"' };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/policy/digest/sha3_384", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_384/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data8.sha3_512 !== void 0) {
              let data19 = data8.sha3_512;
              if (typeof data19 === "string") {
                if (!pattern7.test(data19)) {
                  const err39 = { instancePath: instancePath + "/policy/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{128}$" }, message: 'must match pattern "^[0-9a-f]{128}$"' };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/policy/digest/sha3_512", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha3_512/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data8.sha1 !== void 0) {
              let data20 = data8.sha1;
              if (typeof data20 === "string") {
                if (!pattern14.test(data20)) {
                  const err41 = { instancePath: instancePath + "/policy/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/policy/digest/sha1", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/sha1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data8.md5 !== void 0) {
              let data21 = data8.md5;
              if (typeof data21 === "string") {
                if (!pattern15.test(data21)) {
                  const err43 = { instancePath: instancePath + "/policy/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/policy/digest/md5", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data8.dirHash !== void 0) {
              let data22 = data8.dirHash;
              if (typeof data22 === "string") {
                if (!pattern4.test(data22)) {
                  const err45 = { instancePath: instancePath + "/policy/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/policy/digest/dirHash", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/dirHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data8.gitCommit !== void 0) {
              let data23 = data8.gitCommit;
              if (typeof data23 === "string") {
                if (!pattern17.test(data23)) {
                  const err47 = { instancePath: instancePath + "/policy/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/policy/digest/gitCommit", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data8.gitTree !== void 0) {
              let data24 = data8.gitTree;
              if (typeof data24 === "string") {
                if (!pattern17.test(data24)) {
                  const err49 = { instancePath: instancePath + "/policy/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/policy/digest/gitTree", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTree/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data8.gitBlob !== void 0) {
              let data25 = data8.gitBlob;
              if (typeof data25 === "string") {
                if (!pattern17.test(data25)) {
                  const err51 = { instancePath: instancePath + "/policy/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/policy/digest/gitBlob", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitBlob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data8.gitTag !== void 0) {
              let data26 = data8.gitTag;
              if (typeof data26 === "string") {
                if (!pattern17.test(data26)) {
                  const err53 = { instancePath: instancePath + "/policy/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/policy/digest/gitTag", schemaPath: "resource-descriptor.json#/$defs/DigestSet/properties/gitTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/policy/digest", schemaPath: "resource-descriptor.json#/$defs/DigestSet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data6.annotations !== void 0) {
          let data27 = data6.annotations;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27["provenant.dev/effective-policy/v1"] !== void 0) {
              if (!validate35(data27["provenant.dev/effective-policy/v1"], { instancePath: instancePath + "/policy/annotations/provenant.dev~1effective-policy~1v1", parentData: data27, parentDataProperty: "provenant.dev/effective-policy/v1", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/policy/annotations", schemaPath: "#/properties/policy/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.inputAttestations !== void 0) {
      let data29 = data.inputAttestations;
      if (Array.isArray(data29)) {
        const len0 = data29.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data30 = data29[i0];
          if (!validate21(data30, { instancePath: instancePath + "/inputAttestations/" + i0, parentData: data29, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.digest === void 0) {
              const err58 = { instancePath: instancePath + "/inputAttestations/" + i0, schemaPath: "#/properties/inputAttestations/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/inputAttestations", schemaPath: "#/properties/inputAttestations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.verificationResult !== void 0) {
      let data31 = data.verificationResult;
      if (!(data31 === "PASSED" || data31 === "FAILED")) {
        const err60 = { instancePath: instancePath + "/verificationResult", schemaPath: "#/properties/verificationResult/enum", keyword: "enum", params: { allowedValues: schema59.properties.verificationResult.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.verifiedLevels !== void 0) {
      let data32 = data.verifiedLevels;
      if (Array.isArray(data32)) {
        const len1 = data32.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data33 = data32[i1];
          if (typeof data33 !== "string") {
            const err61 = { instancePath: instancePath + "/verifiedLevels/" + i1, schemaPath: "#/$defs/SlsaResult/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          const _errs73 = errors;
          let valid16 = false;
          const _errs74 = errors;
          if (typeof data33 === "string") {
            if (!pattern130.test(data33)) {
              const err62 = { instancePath: instancePath + "/verifiedLevels/" + i1, schemaPath: "#/$defs/SlsaResult/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^SLSA_[A-Z]+_LEVEL_([0-9]+|UNEVALUATED)$" }, message: 'must match pattern "^SLSA_[A-Z]+_LEVEL_([0-9]+|UNEVALUATED)$"' };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
          var _valid0 = _errs74 === errors;
          valid16 = valid16 || _valid0;
          const _errs75 = errors;
          if ("FAILED" !== data33) {
            const err63 = { instancePath: instancePath + "/verifiedLevels/" + i1, schemaPath: "#/$defs/SlsaResult/anyOf/1/const", keyword: "const", params: { allowedValue: "FAILED" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          var _valid0 = _errs75 === errors;
          valid16 = valid16 || _valid0;
          const _errs76 = errors;
          const _errs77 = errors;
          const _errs78 = errors;
          if (typeof data33 === "string") {
            if (!pattern131.test(data33)) {
              const err64 = {};
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
          var valid17 = _errs78 === errors;
          if (valid17) {
            const err65 = { instancePath: instancePath + "/verifiedLevels/" + i1, schemaPath: "#/$defs/SlsaResult/anyOf/2/not", keyword: "not", params: {}, message: "must NOT be valid" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          } else {
            errors = _errs77;
            if (vErrors !== null) {
              if (_errs77) {
                vErrors.length = _errs77;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid0 = _errs76 === errors;
          valid16 = valid16 || _valid0;
          if (!valid16) {
            const err66 = { instancePath: instancePath + "/verifiedLevels/" + i1, schemaPath: "#/$defs/SlsaResult/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          } else {
            errors = _errs73;
            if (vErrors !== null) {
              if (_errs73) {
                vErrors.length = _errs73;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/verifiedLevels", schemaPath: "#/properties/verifiedLevels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.dependencyLevels !== void 0) {
      let data34 = data.dependencyLevels;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key2 in data34) {
          const _errs81 = errors;
          if (typeof key2 !== "string") {
            const err68 = { instancePath: instancePath + "/dependencyLevels", schemaPath: "#/$defs/SlsaResult/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          const _errs84 = errors;
          let valid20 = false;
          const _errs85 = errors;
          if (typeof key2 === "string") {
            if (!pattern130.test(key2)) {
              const err69 = { instancePath: instancePath + "/dependencyLevels", schemaPath: "#/$defs/SlsaResult/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^SLSA_[A-Z]+_LEVEL_([0-9]+|UNEVALUATED)$" }, message: 'must match pattern "^SLSA_[A-Z]+_LEVEL_([0-9]+|UNEVALUATED)$"', propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
          var _valid1 = _errs85 === errors;
          valid20 = valid20 || _valid1;
          const _errs86 = errors;
          if ("FAILED" !== key2) {
            const err70 = { instancePath: instancePath + "/dependencyLevels", schemaPath: "#/$defs/SlsaResult/anyOf/1/const", keyword: "const", params: { allowedValue: "FAILED" }, message: "must be equal to constant", propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          var _valid1 = _errs86 === errors;
          valid20 = valid20 || _valid1;
          const _errs87 = errors;
          const _errs88 = errors;
          const _errs89 = errors;
          if (typeof key2 === "string") {
            if (!pattern131.test(key2)) {
              const err71 = {};
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          var valid21 = _errs89 === errors;
          if (valid21) {
            const err72 = { instancePath: instancePath + "/dependencyLevels", schemaPath: "#/$defs/SlsaResult/anyOf/2/not", keyword: "not", params: {}, message: "must NOT be valid", propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          } else {
            errors = _errs88;
            if (vErrors !== null) {
              if (_errs88) {
                vErrors.length = _errs88;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid1 = _errs87 === errors;
          valid20 = valid20 || _valid1;
          if (!valid20) {
            const err73 = { instancePath: instancePath + "/dependencyLevels", schemaPath: "#/$defs/SlsaResult/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          } else {
            errors = _errs84;
            if (vErrors !== null) {
              if (_errs84) {
                vErrors.length = _errs84;
              } else {
                vErrors = null;
              }
            }
          }
          var valid18 = _errs81 === errors;
          if (!valid18) {
            const err74 = { instancePath: instancePath + "/dependencyLevels", schemaPath: "#/properties/dependencyLevels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        for (const key3 in data34) {
          let data35 = data34[key3];
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
            const err75 = { instancePath: instancePath + "/dependencyLevels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencyLevels/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (typeof data35 == "number") {
            if (data35 < 0 || isNaN(data35)) {
              const err76 = { instancePath: instancePath + "/dependencyLevels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencyLevels/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/dependencyLevels", schemaPath: "#/properties/dependencyLevels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.slsaVersion !== void 0) {
      let data36 = data.slsaVersion;
      if (typeof data36 === "string") {
        if (!pattern134.test(data36)) {
          const err78 = { instancePath: instancePath + "/slsaVersion", schemaPath: "#/properties/slsaVersion/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+$"' };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      } else {
        const err79 = { instancePath: instancePath + "/slsaVersion", schemaPath: "#/properties/slsaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
  } else {
    const err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err80];
    } else {
      vErrors.push(err80);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": { "verifier": true, "timeVerified": true, "resourceUri": true, "policy": true, "inputAttestations": true, "verificationResult": true, "verifiedLevels": true, "dependencyLevels": true, "slsaVersion": true }, "dynamicProps": false, "dynamicItems": false };
var VALIDATORS = { "statement-v1": v0, "resource-descriptor": v1, "slsa-provenance-v1": v2, "slsa-provenance-v0.2": v3, "slsa-provenance-v0.1": v4, "link-v0.3": v5, "vsa-v1": v6 };
function getValidator(name) {
  return VALIDATORS[name];
}

// src/schemas/json.ts
var MAX_DEPTH = 200;
function parseJsonStrict(input, source) {
  let text;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new ProvenantError("JSON_INVALID", `${source}: not valid UTF-8`);
    }
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  scan(text, source);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ProvenantError("JSON_INVALID", `${source}: ${e.message.replace(/\s+/g, " ")}`);
  }
}
function fail(source, pos, what) {
  throw new ProvenantError("JSON_INVALID", `${source}: ${what} at offset ${pos}`);
}
function scan(t, source) {
  const keys = [];
  let i = 0;
  const n = t.length;
  let expectKey = false;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 34) {
      const start = i;
      i++;
      let hasEscape = false;
      while (i < n) {
        const d = t.charCodeAt(i);
        if (d === 92) {
          hasEscape = true;
          i += 2;
          continue;
        }
        if (d === 34) break;
        i++;
      }
      if (i >= n) fail(source, start, "unterminated string");
      i++;
      const top = keys[keys.length - 1];
      if (expectKey && top) {
        let key;
        try {
          key = hasEscape ? JSON.parse(t.slice(start, i)) : t.slice(start + 1, i - 1);
        } catch {
          fail(source, start, "invalid string");
        }
        if (key === "__proto__") fail(source, start, "forbidden key '__proto__'");
        if (top.has(key)) fail(source, start, `duplicate key '${key.slice(0, 60)}'`);
        top.add(key);
        expectKey = false;
      }
      continue;
    }
    if (c === 123) {
      keys.push(/* @__PURE__ */ new Set());
      if (keys.length > MAX_DEPTH) fail(source, i, `nesting deeper than ${MAX_DEPTH}`);
      expectKey = true;
    } else if (c === 91) {
      keys.push(null);
      if (keys.length > MAX_DEPTH) fail(source, i, `nesting deeper than ${MAX_DEPTH}`);
      expectKey = false;
    } else if (c === 125 || c === 93) {
      keys.pop();
      expectKey = false;
    } else if (c === 44) {
      expectKey = keys[keys.length - 1] !== null && keys.length > 0;
    }
    i++;
  }
}

// src/schemas/index.ts
var PREDICATE_SCHEMAS = {
  [SLSA_PROVENANCE_V1]: "slsa-provenance-v1",
  [SLSA_PROVENANCE_V02]: "slsa-provenance-v0.2",
  [SLSA_PROVENANCE_V01]: "slsa-provenance-v0.1",
  [LINK_V03]: "link-v0.3",
  [VSA_V1]: "vsa-v1"
};
function describe(e) {
  const path = e.instancePath || "/";
  if (e.keyword === "required")
    return `${path === "/" ? "" : path}/${e.params.missingProperty}: is required`;
  if (e.keyword === "enum")
    return `${path}: must be one of ${JSON.stringify(e.params.allowedValues)}`;
  return `${path}: ${e.message ?? e.keyword}`;
}
function schemaErrors(name, value) {
  const v = getValidator(name);
  if (v(value)) return [];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of v.errors ?? []) {
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "allOf") continue;
    const d = describe(e);
    if (!seen.has(d)) {
      seen.add(d);
      out.push(d);
    }
  }
  if (out.length === 0)
    out.push(
      describe((v.errors ?? [])[0] ?? { instancePath: "", keyword: "invalid", message: "is invalid" })
    );
  return out;
}
function assertSchema(name, value, source) {
  const errs = schemaErrors(name, value);
  if (errs.length) {
    throw new ProvenantError(
      "SCHEMA_INVALID",
      `${source}: ${name}: ${errs.slice(0, 3).join("; ")}${errs.length > 3 ? ` (+${errs.length - 3} more)` : ""}`
    );
  }
}
function validateStatement(value, source) {
  assertSchema("statement-v1", value, source);
  const st = value;
  const pname = PREDICATE_SCHEMAS[st.predicateType];
  if (pname) {
    if (st.predicate === void 0 || st.predicate === null) {
      throw new ProvenantError("SCHEMA_INVALID", `${source}: /predicate: is required for ${st.predicateType}`);
    }
    const errs = schemaErrors(pname, st.predicate).map(
      (e) => `/predicate${e.startsWith("/") ? e.startsWith("/:") ? e.slice(1) : e : `/${e}`}`
    );
    if (errs.length) {
      throw new ProvenantError(
        "SCHEMA_INVALID",
        `${source}: ${pname}: ${errs.slice(0, 3).join("; ")}${errs.length > 3 ? ` (+${errs.length - 3} more)` : ""}`
      );
    }
  }
  return st;
}

export {
  parseJsonStrict,
  PREDICATE_SCHEMAS,
  schemaErrors,
  assertSchema,
  validateStatement
};
