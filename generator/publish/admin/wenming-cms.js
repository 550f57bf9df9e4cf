// The form editor's own script (/admin/wenming-cms.js): what Decap CMS does not do our way.
//
// 1. A file format, `wenming-yaml`, that writes records in the project's YAML style (block
//    style, values plain unless YAML would misread them, lists indented under their key,
//    empty fields left out) and, when a record is edited, keeps every field that did not
//    change exactly as it was written, comments and blank lines included, at every level:
//    in a changed mapping (a site's location) or list (its rooms) the untouched sub-keys
//    and items stay as written (`120.751200` stays so), so the diff of an edit touches
//    only the changed lines.
// 2. A widget, `wenming-id`, that proposes the id (= the file name) from the name's or
//    title's pinyin as `wenming new` does (pinyin.json is made from pypinyin at build time),
//    with the quarter prefix of dated records; the editor may change it before saving, not
//    to an id a record already has, and not at all once saved (a `preSave` check too).
// 3. No media library: uploads are refused and the 媒体 button hidden.
// 4. The preview of honours and activities as the site's cards, in the site's own styles
//    (wenming-preview.js, loaded before this script).
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

  // A scalar as an editor writes it: plain where the project's reader (generator/read/,
  // which reads every value as text: `true`, `0123`, `2026-11-20` stay text) reads it back
  // as the same text; quoted only where YAML would misread it: an indicator first (`-`,
  // `#`, `[`, a quote…), `: ` or ` #` inside, a `:` or space at the end, a null word.
  // Chinese quotes and brackets (“ ‘ 《 【 「 （) are ordinary characters and stay plain.
  var SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
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
      v.forEach(function (item) { out = out.concat(emitItem(item, pad + "  ")); });
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

  // One list item, its dash at `pad`: `- name: x` with the item's other keys under `name`.
  function emitItem(item, pad) {
    if (isEmpty(item)) return [];
    if (item === null || typeof item !== "object" || Array.isArray(item)) return [pad + "- " + scalar(item)];
    var lines = [];
    Object.keys(item).forEach(function (k) { lines = lines.concat(emit(k, item[k], pad + "  ")); });
    lines[0] = pad + "- " + lines[0].slice(pad.length + 2);
    return lines;
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

  // The lines of one level of a file (the top level: pad ""): [{key, lines, gap}], `key`
  // being the one a line at `pad` starts (`startAt`), `lines` it and every deeper line
  // after it (comments and blank lines inside included), `gap` the comments and blank
  // lines before it; `tail` the ones after the last part. `orphan`: content before the
  // first part, which the caller cannot place.
  function split(lines, pad, startAt) {
    var parts = [], gap = [], current = null, orphan = false;
    lines.forEach(function (line) {
      var key = line.slice(0, pad.length) === pad ? startAt(line.slice(pad.length)) : null;
      var deeper = line.slice(0, pad.length) === pad && /^\s+\S/.test(line.slice(pad.length));
      if (key !== null) {
        current = { key: key, lines: [line], gap: gap };
        parts.push(current);
        gap = [];
      } else if (deeper && !/^\s*#/.test(line)) {
        if (current) {
          current.lines = current.lines.concat(gap, [line]);
          gap = [];
        } else {
          orphan = true;
          gap.push(line);
        }
      } else {
        if (line.trim() && !/^\s*#/.test(line)) orphan = true;
        gap.push(line);
      }
    });
    return { parts: parts, tail: gap, orphan: orphan };
  }

  function keyAt(rest) {
    var m = /^([A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(rest);
    return m ? m[1] : null;
  }

  function dashAt(rest) {
    return /^-( |$)/.test(rest) ? "-" : null;
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

  function isMap(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function indentOf(lines) {
    var first = lines.filter(function (l) { return l.trim() && !/^\s*#/.test(l); })[0];
    return first === undefined ? null : /^\s*/.exec(first)[0];
  }

  // One field as written (`lines`, its key at `pad`) made to hold `value` instead of
  // `old`: unchanged, its lines stay; a changed mapping or list keeps its untouched sub-keys
  // and items exactly as written (comments, `120.751200`), one level down at a time.
  function mergeField(key, lines, old, value, pad) {
    if (same(old, value)) return lines;
    var head = lines[0], body = lines.slice(1), inner = null;
    var blockHead = head.slice(pad.length + key.length).replace(/\s+#.*$/, "").trim() === ":";
    if (blockHead && isMap(old) && isMap(value)) inner = mergeMap(body, old, value);
    else if (blockHead && Array.isArray(old) && Array.isArray(value)) inner = mergeList(body, old, value);
    if (inner === null) return emit(key, value, pad);
    return inner.some(function (l) { return l.trim() && !/^\s*#/.test(l); }) ? [head].concat(inner) : [];
  }

  // The sub-keys of a mapping's body; null when it is not written as one.
  function mergeMap(body, old, value) {
    var pad = indentOf(body);
    if (pad === null) return null;
    var file = split(body, pad, keyAt);
    if (file.orphan) return null;
    var out = [], known = file.parts.map(function (p) { return p.key; });
    var keys = Object.keys(value);
    function fresh(before) {
      keys.forEach(function (k, i) {
        if (known.indexOf(k) >= 0) return;
        var next = keys.slice(i + 1).filter(function (n) { return known.indexOf(n) >= 0; })[0];
        if (next !== before && !(before === null && next === undefined)) return;
        known.push(k);
        out = out.concat(emit(k, dropFalse(value[k]), pad));
      });
    }
    file.parts.forEach(function (part) {
      fresh(part.key);
      var lines = mergeField(part.key, part.lines, old[part.key], value[part.key], pad);
      if (lines.length) out = out.concat(part.gap, lines);
    });
    fresh(null);
    return out.concat(file.tail);
  }

  // The items of a list's body; untouched items stay, an edited mapping item is merged
  // key by key, added items are written fresh, removed ones go. null when not a block list.
  function mergeList(body, old, value) {
    var pad = indentOf(body);
    if (pad === null) return null;
    var file = split(body, pad, dashAt);
    if (file.orphan || file.parts.length !== old.length) return null;
    var items = value.filter(function (v) { return !isEmpty(v); });
    var out = [], j = 0;
    items.forEach(function (item, i) {
      var rest = old.length - j, wanted = items.length - i;
      var k = j;
      while (k < old.length && !same(old[k], item)) k++;
      if (k < old.length && k - j <= rest - wanted) {
        out = out.concat(file.parts[k].gap, file.parts[k].lines); // untouched (those before it removed)
        j = k + 1;
      } else if (j < old.length && rest >= wanted) {
        out = out.concat(file.parts[j].gap, mergeItem(file.parts[j].lines, old[j], item, pad));
        j++;
      } else {
        out = out.concat(emitItem(item, pad)); // added
      }
    });
    return out.concat(file.tail);
  }

  function mergeItem(lines, old, item, pad) {
    if (!isMap(old) || !isMap(item)) return emitItem(item, pad);
    var asMap = [pad + "  " + lines[0].slice(pad.length + 2)].concat(lines.slice(1));
    var merged = mergeMap(asMap, old, item);
    if (merged === null) return emitItem(item, pad);
    var first = merged.findIndex(function (l) { return l.trim() && !/^\s*#/.test(l); });
    if (first < 0) return [];
    merged[first] = pad + "- " + merged[first].slice(pad.length + 2);
    return merged;
  }

  function toFile(data, sortedKeys) {
    var keys = ordered(data, sortedKeys);
    var raw = RAW.get(recordKey(data));
    if (raw === undefined) {
      var fresh = [];
      keys.forEach(function (k) { fresh = fresh.concat(emit(k, dropFalse(data[k]), "")); });
      return fresh.join("\n") + "\n";
    }
    var file = split(raw.replace(/\n$/, "").split("\n"), "", keyAt);
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
      out = out.concat(mergeField(part.key, part.lines, old, data[part.key], ""));
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

  // --- the file's name: proposed, checked, fixed once saved -----------------------------
  // The page's settings (the JSON block also read by wenming-preview.js): which field
  // names each collection's files (`named`) and the sentences the script says (`messages`).
  var SETTINGS = (function () {
    var node = document.getElementById("wenming-preview");
    try {
      return JSON.parse(node ? node.textContent : "{}");
    } catch (e) {
      return {};
    }
  })();
  var NAMED = SETTINGS.named || {};
  var MESSAGES = SETTINGS.messages || {};
  var LOAD = null; // Decap's loadEntry(collection, slug), from the widget's props

  function say(key, values) {
    var text = MESSAGES[key] || key;
    Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(values[k]); });
    return text;
  }

  // Whether `collection` already has a file named `slug` (Decap's own backend, whichever it is).
  function taken(collection, slug) {
    if (!LOAD || !slug) return Promise.resolve(false);
    return LOAD(collection, slug).then(
      // a missing file comes back as an entry with no text (Decap's own entryExist looks
      // at the text too), or as an error
      function (entry) { return Boolean(entry && entry.raw); },
      function () { return false; },
    );
  }

  // Decap does not render a widget again when another field changes, so the control
  // looks at the name (or title) field of its own form three times a second until the
  // editor types an id of their own, and asks the backend whether a file of that name
  // exists: a new record may not take an existing record's id (Decap would save it as
  // `<id>-1.yml` with `id: <id>` inside). A saved record's id is its file's name and
  // is shown read-only.
  function IdControl() {
    return window.createClass({
      componentDidMount: function () {
        var self = this;
        LOAD = this.props.loadEntry;
        this.timer = window.setInterval(function () { self.propose(); self.check(); }, 300);
      },
      componentWillUnmount: function () { window.clearInterval(this.timer); },
      isNew: function () { return Boolean(this.props.entry.get("newRecord")); },
      propose: function () {
        if (this.edited || !this.isNew() || !this.props.field.get("propose")) return;
        var source = document.querySelector('[id^="name-field-"], [id^="title-field-"]');
        var name = source ? source.value : "";
        if (!name) return;
        var wanted = proposeId(String(name), this.props.field.get("prefix") || "");
        if (wanted !== this.props.value) this.props.onChange(wanted);
      },
      check: function () {
        var self = this, value = this.props.value || "";
        if (!this.isNew() || value === this.checked) return;
        this.checked = value;
        taken(this.props.collection.get("name"), value).then(function (yes) {
          if (self.checked !== value) return;
          self.taken = yes ? value : null;
          self.setState({ taken: self.taken });
        });
      },
      isValid: function () {
        if (!this.isNew() || !this.taken || this.taken !== this.props.value) return true;
        return { error: { type: "CUSTOM", message: say("id_taken", { id: this.taken }) } };
      },
      render: function () {
        var self = this, fresh = this.isNew();
        var input = window.h("input", {
          type: "text",
          id: this.props.forID,
          className: this.props.classNameWrapper,
          value: this.props.value || "",
          readOnly: !fresh,
          "aria-readonly": fresh ? undefined : "true",
          onChange: function (e) {
            if (!fresh) return;
            self.edited = true;
            self.props.onChange(e.target.value);
          },
        });
        var shown = fresh && this.taken && this.taken === this.props.value;
        var note = shown ? say("id_taken", { id: this.taken }) : fresh ? "" : say("id_fixed");
        if (!note) return input;
        return window.h("div", null, input, window.h("p", { className: "wenming-id-note", role: shown ? "alert" : null }, note));
      },
    });
  }

  // Before Decap writes: a new record whose name is taken is refused (the form's check
  // may not have answered yet), an edit may not change the field that names its file
  // (the file would keep its old name), and an edit merges with the text of the file it
  // was read from, whatever its id says, so the file's comments stay.
  function beforeSave(event) {
    var entry = event.entry, data = entry.get("data");
    var collection = entry.get("collection"), key = NAMED[collection] || "id";
    var value = data && data.get ? data.get(key) : undefined;
    value = value === undefined || value === null ? "" : String(value);
    if (!entry.get("newRecord")) {
      var raw = entry.get("raw") || "";
      var was = jsyaml.load(raw, { schema: jsyaml.CORE_SCHEMA }) || {};
      if (raw && was[key] !== undefined && String(was[key]) !== value) {
        throw new Error(say("named_fixed", { value: String(was[key]) }));
      }
      if (raw) RAW.set(recordKey(data.toJS()), raw);
      return undefined;
    }
    return taken(collection, value).then(function (yes) {
      if (yes) throw new Error(say("id_taken", { id: value }));
      return undefined;
    });
  }

  // Decap's Chinese says a pattern's message as “字段”不满足模式<message>; ours are whole
  // sentences (generator/report/messages.py), shown as they are.
  function ownWording() {
    var zh = CMS.getLocale && CMS.getLocale("zh_Hans");
    if (!zh || !zh.editor || !zh.editor.editorControlPane) return;
    var copy = JSON.parse(JSON.stringify(zh));
    copy.editor.editorControlPane.widget.regexPattern = "%{pattern}";
    CMS.registerLocale("zh_Hans", copy);
  }

  // No uploads: records use no images or attachments, and an upload would be published
  // unchecked. Decap's media button shows only for a library that says it stands alone;
  // this one does not, and refuses if anything still asks it.
  var NO_MEDIA = {
    name: "wenming-no-media",
    init: function () {
      return Promise.resolve({
        show: function () { window.alert(say("no_media")); },
        hide: function () {},
        enableStandalone: function () { return false; },
      });
    },
  };

  function start() {
    ownWording();
    CMS.registerMediaLibrary(NO_MEDIA);
    CMS.registerCustomFormat("wenming-yaml", "yml", { fromFile: fromFile, toFile: toFile });
    CMS.registerWidget("wenming-id", IdControl());
    CMS.registerEventListener({ name: "preSave", handler: beforeSave });
    if (window.wenmingPreview) window.wenmingPreview.register(CMS); // wenming-preview.js
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
