// The form editor's own script (/admin/wenming-cms.js): what Decap CMS does not do our way.
//
// 1. A file format, `wenming-yaml`, that writes records in the project's YAML style (block
//    style, values plain unless YAML would misread them, lists indented under their key,
//    empty fields left out) and, when a record is edited, keeps every top-level field that
//    did not change exactly as it was written, comments and blank lines included: the diff
//    of an edit touches only the changed fields.
// 2. A widget, `wenming-id`, that proposes the id (= the file name) from the name's or
//    title's pinyin as `wenming new` does (pinyin.json is made from pypinyin at build time),
//    with the quarter prefix of dated records; the editor may change it.
// Then it starts Decap CMS with config.yml beside this page.
(function () {
  "use strict";
  var jsyaml = window.jsyaml;
  var CMS = window.CMS;
  var RAW = new Map(); // record key → the file's text as read

  function recordKey(data) {
    if (!data || typeof data !== "object") return null;
    if (data.id !== undefined) return "id:" + data.id;
    return "q:" + data.quarter + "/" + (data.site || "");
  }

  function isEmpty(v) {
    if (v === null || v === undefined || v === "") return true;
    if (Array.isArray(v)) return v.every(isEmpty);
    if (typeof v === "object") return Object.keys(v).every(function (k) { return isEmpty(v[k]); });
    return false;
  }

  // A scalar as an editor writes it: plain where YAML reads it back as the same text.
  var SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`“‘\s]/;
  function scalar(v) {
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    var s = String(v);
    var plain =
      s !== "" &&
      !SPECIAL_START.test(s) &&
      !/\s$/.test(s) &&
      !/[\n\r\t]/.test(s) &&
      s.indexOf(": ") < 0 &&
      s.indexOf(" #") < 0 &&
      !/:$/.test(s) &&
      !/^(null|Null|NULL|~)$/.test(s);
    return plain ? s : JSON.stringify(s);
  }

  function block(s, pad) {
    var body = s.replace(/\n+$/, "");
    var head = s.endsWith("\n") ? "|" : "|-";
    return head + "\n" + body.split("\n").map(function (l) { return l ? pad + l : ""; }).join("\n");
  }

  // `key: value` lines for one field at `pad` indentation (nothing for an empty value).
  function emit(key, v, pad) {
    if (isEmpty(v)) return [];
    if (Array.isArray(v)) {
      var out = [pad + key + ":"];
      v.forEach(function (item) {
        if (isEmpty(item)) return;
        if (item !== null && typeof item === "object") {
          var lines = [];
          Object.keys(item).forEach(function (k) { lines = lines.concat(emit(k, item[k], pad + "    ")); });
          lines[0] = pad + "  - " + lines[0].slice(pad.length + 4);
          out = out.concat(lines);
        } else {
          out.push(pad + "  - " + scalar(item));
        }
      });
      return out;
    }
    if (typeof v === "object") {
      var nested = [pad + key + ":"];
      Object.keys(v).forEach(function (k) { nested = nested.concat(emit(k, v[k], pad + "  ")); });
      return nested;
    }
    if (typeof v === "string" && v.indexOf("\n") >= 0) return [pad + key + ": " + block(v, pad + "  ")];
    return [pad + key + ": " + scalar(v)];
  }

  // A new field's `false` is the model's default (draft, guardian_consent, veto, public):
  // a record written by hand leaves it out, and so does the form.
  function dropFalse(v) {
    if (v === false) return undefined;
    if (Array.isArray(v)) return v.map(dropFalse);
    if (v !== null && typeof v === "object") {
      var out = {};
      Object.keys(v).forEach(function (k) { out[k] = dropFalse(v[k]); });
      return out;
    }
    return v;
  }

  function ordered(data, sortedKeys) {
    var keys = (sortedKeys || []).filter(function (k) { return k in data; });
    Object.keys(data).forEach(function (k) { if (keys.indexOf(k) < 0) keys.push(k); });
    return keys;
  }

  // The file's top-level fields: [{key, lines, gap}], gap being the comments and blank
  // lines before the field; `head` before the first field stays as it is.
  function split(raw) {
    var lines = raw.replace(/\n$/, "").split("\n");
    var parts = [], gap = [], current = null;
    lines.forEach(function (line) {
      var m = /^([A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(line);
      if (m) {
        current = { key: m[1], lines: [line], gap: gap };
        parts.push(current);
        gap = [];
      } else if (current && /^\s+\S/.test(line) && !/^\s*#/.test(line) && gap.length === 0) {
        current.lines.push(line);
      } else {
        gap.push(line);
      }
    });
    return { parts: parts, tail: gap };
  }

  function same(a, b) {
    if (isEmpty(a) && isEmpty(b)) return true;
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b)) return false;
      var x = a.filter(function (v) { return !isEmpty(v); }), y = b.filter(function (v) { return !isEmpty(v); });
      return x.length === y.length && x.every(function (v, i) { return same(v, y[i]); });
    }
    if (a && b && typeof a === "object" && typeof b === "object") {
      var keys = Object.keys(a).concat(Object.keys(b));
      return keys.every(function (k) { return same(a[k], b[k]); });
    }
    return String(a) === String(b);
  }

  function toFile(data, sortedKeys) {
    var keys = ordered(data, sortedKeys);
    var raw = RAW.get(recordKey(data));
    if (raw === undefined) {
      var fresh = [];
      keys.forEach(function (k) { fresh = fresh.concat(emit(k, dropFalse(data[k]), "")); });
      return fresh.join("\n") + "\n";
    }
    var file = split(raw);
    var written = {};
    var out = [];
    function addNew(before) {
      // fields not in the file yet, placed before the first field that follows them
      keys.forEach(function (k, i) {
        if (written[k] || file.parts.some(function (p) { return p.key === k; })) return;
        var later = keys.slice(i + 1);
        if (before !== null && later.indexOf(before) < 0) return;
        written[k] = true;
        out = out.concat(emit(k, dropFalse(data[k]), ""));
      });
    }
    file.parts.forEach(function (part) {
      addNew(part.key);
      out = out.concat(part.gap);
      written[part.key] = true;
      var old = (jsyaml.load(part.lines.join("\n"), { schema: jsyaml.CORE_SCHEMA }) || {})[part.key];
      if (same(old, data[part.key])) out = out.concat(part.lines);
      else out = out.concat(emit(part.key, data[part.key], ""));
    });
    addNew(null);
    out = out.concat(file.tail);
    return out.join("\n").replace(/\n*$/, "") + "\n";
  }

  function fromFile(raw) {
    var data = jsyaml.load(raw, { schema: jsyaml.CORE_SCHEMA }) || {};
    var key = recordKey(data);
    if (key !== null) RAW.set(key, raw);
    return data;
  }

  // --- the id proposed from pinyin -------------------------------------------------------
  var PINYIN = { syllables: {}, generic: "", max: 48 };
  var BY_CHAR = {};

  function proposeId(name, prefix) {
    var text = name.replace(new RegExp(PINYIN.generic, "g"), "") || name;
    var words = [], ascii = "";
    Array.from(text).forEach(function (ch) {
      if (BY_CHAR[ch]) {
        if (ascii) words.push(ascii);
        ascii = "";
        words.push(BY_CHAR[ch]);
      } else {
        ascii += ch.toLowerCase();
      }
    });
    if (ascii) words.push(ascii);
    var slug = "";
    var clean = words.map(function (w) { return w.replace(/[^a-z0-9]+/g, ""); }).filter(Boolean);
    for (var i = 0; i < clean.length; i++) {
      if (prefix.length + slug.length + clean[i].length + 1 > PINYIN.max) break;
      slug = slug ? slug + "-" + clean[i] : clean[i];
    }
    return prefix + (slug || "record");
  }

  // Decap does not render a widget again when another field changes, so the control
  // looks at the name (or title) field of its own form twice a second until the editor
  // types an id of their own.
  function IdControl() {
    return window.createClass({
      componentDidMount: function () {
        var self = this;
        this.timer = window.setInterval(function () { self.propose(); }, 300);
      },
      componentWillUnmount: function () { window.clearInterval(this.timer); },
      propose: function () {
        if (this.edited || !this.props.entry.get("newRecord")) return;
        var source = document.querySelector('[id^="name-field-"], [id^="title-field-"]');
        var name = source ? source.value : "";
        if (!name) return;
        var wanted = proposeId(String(name), this.props.field.get("prefix") || "");
        if (wanted !== this.props.value) this.props.onChange(wanted);
      },
      render: function () {
        var self = this;
        return window.h("input", {
          type: "text",
          id: this.props.forID,
          className: this.props.classNameWrapper,
          value: this.props.value || "",
          onChange: function (e) { self.edited = true; self.props.onChange(e.target.value); },
        });
      },
    });
  }

  function start() {
    CMS.registerCustomFormat("wenming-yaml", "yml", { fromFile: fromFile, toFile: toFile });
    CMS.registerWidget("wenming-id", IdControl());
    CMS.init();
  }

  fetch("pinyin.json")
    .then(function (r) { return r.json(); })
    .then(function (table) {
      PINYIN = table;
      Object.keys(table.syllables).forEach(function (syl) {
        Array.from(table.syllables[syl]).forEach(function (ch) { BY_CHAR[ch] = syl; });
      });
    })
    .catch(function () { /* without the table the editor types the id itself */ })
    .then(start);

  window.wenmingCms = { toFile: toFile, fromFile: fromFile, proposeId: proposeId };
})();
