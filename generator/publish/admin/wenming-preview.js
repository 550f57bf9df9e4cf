// The form editor's preview (/admin/wenming-preview.js): a record as the site shows it.
//
// The page's <script id="wenming-preview" type="application/json"> says which stylesheets
// the built site uses (Material's main CSS and wenming.css, as the build writes them under
// assets/), which collections hold honours and activities, and which honour categories are
// children's. `wenmingPreview.register(CMS)` gives the preview pane those stylesheets and,
// for honours and activities, the markup of the site's card (honor_roll.html, the
// `activity` macro of _macros.html). Record text only ever becomes text nodes (React's
// children strings), never HTML: nothing an editor types can run in the preview.
(function () {
  "use strict";

  function settings() {
    var node = document.getElementById("wenming-preview");
    try {
      return JSON.parse(node ? node.textContent : "{}");
    } catch (e) {
      return {};
    }
  }

  function h() {
    return window.h.apply(null, arguments);
  }

  function value(data, key) {
    var v = data && data.getIn ? data.getIn([].concat(key)) : undefined;
    if (v === null || v === undefined) return "";
    return String(v);
  }

  function list(data, key) {
    var v = data && data.get ? data.get(key) : undefined;
    if (!v || !v.toArray) return [];
    return v.toArray().map(String).filter(Boolean);
  }

  // `2026-07-15` → `2026年7月15日` (formats.cn_date).
  function cnDate(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    return m ? Number(m[1]) + "年" + Number(m[2]) + "月" + Number(m[3]) + "日" : s;
  }

  // `320+` → `320余` (numbers.cn_count below ten thousand; larger counts as written).
  function cnCount(s) {
    var m = /^(\d+)\+$/.exec(s);
    return m && Number(m[1]) < 10000 ? m[1] + "余" : s;
  }

  // formats.paragraphs: blank lines part paragraphs, single line breaks read as spaces.
  function paragraphs(s) {
    return s
      .split(/\n[ \t]*\n/)
      .map(function (p) { return p.split("\n").join(" ").trim(); })
      .filter(Boolean)
      .map(function (p, i) { return h("p", { key: "p" + i }, p); });
  }

  function span(text, key, className) {
    return text ? h("span", { key: key, className: className }, text) : null;
  }

  function page(card) {
    return h("div", { className: "md-content" },
      h("article", { className: "md-content__inner md-typeset" }, card));
  }

  function honorCard(data, minor) {
    var child = minor.indexOf(value(data, "category")) >= 0;
    var status = value(data, "status");
    var start = value(data, ["notice", "start"]), end = value(data, ["notice", "end"]);
    var badge = status === "公示中" && start && end
      ? h("span", { key: "b", className: "wm-badge wm-badge--notice" },
          "公示中：" + cnDate(start) + "至" + cnDate(end))
      : span(status, "b", "wm-badge");
    var meta = child
      ? [span(value(data, "school"), "s"), span(value(data, "grade"), "g"), badge]
      : [span(value(data, "subject"), "s"), span(value(data, "unit"), "u"),
         span(value(data, "good_class"), "c"), badge];
    var body = [h("h3", { key: "n" }, value(data, "name")), h("p", { key: "m", className: "wm-meta" }, meta)];
    if (!child) {
      body = body.concat(paragraphs(value(data, "deeds")));
      var site = value(data, "site");
      body.push(h("p", { key: "d", className: "wm-meta" },
        span(cnDate(value(data, "date")), "t"), span(site && "推荐阵地：" + site, "a")));
    }
    return page(h("article", { className: "wm-card wm-honor" }, body));
  }

  function activityCard(data) {
    var end = value(data, "end_date");
    var sessions = value(data, "sessions"), attendance = value(data, "attendance");
    var sites = list(data, "sites"), teams = list(data, "teams");
    var form = value(data, "form");
    var body = [
      h("p", { key: "t", className: "wm-card__title" }, h("strong", null, value(data, "title"))),
      h("p", { key: "m", className: "wm-meta" },
        span(cnDate(value(data, "date")) + (end ? "至" + cnDate(end) : ""), "d"),
        span(value(data, "type"), "y"),
        span(sessions && cnCount(sessions) + "场次", "s"),
        span(attendance && cnCount(attendance) + "人次", "a")),
    ].concat(paragraphs(value(data, "summary")));
    body.push(h("p", { key: "w", className: "wm-meta" },
      span(sites.length ? "地点：" + sites.join("、") : "", "p"),
      span(teams.length ? "服务队：" + teams.join("、") : "", "e"),
      span(value(data, "content") && "实践内容：" + value(data, "content"), "c"),
      span(form && "形式：" + form, "f")));
    return page(h("article", { className: "wm-card wm-activity" }, body));
  }

  function register(CMS) {
    var wanted = settings();
    (wanted.styles || []).forEach(function (href) {
      CMS.registerPreviewStyle(new URL(href, document.baseURI).href);
    });
    var minor = wanted.minor || [];
    var templates = wanted.templates || {};
    Object.keys(templates).forEach(function (collection) {
      var kind = templates[collection];
      CMS.registerPreviewTemplate(collection, function (props) {
        var data = props.entry.get("data");
        return kind === "honor" ? honorCard(data, minor) : activityCard(data);
      });
    });
  }

  window.wenmingPreview = { register: register, cnDate: cnDate, cnCount: cnCount };
})();
