/* 搜索 page of the pagefind search backend (generator/sitesearch.py): one box, one button,
   a plain list of results. Pagefind's own script (pagefind/pagefind.js, written into this
   site at build time) fetches only the index chunks of the words typed and the text of the
   results shown, all from this site. The query is kept in the address (?q=…), so going back
   from a result shows the same results again.

   Chinese is indexed one character at a time (generator/sitesearch.py explains why): the
   query goes to Pagefind as characters, searched once as a phrase (the characters together,
   in this order) and once as separate characters, which Pagefind ranks; the phrase's pages
   are shown in that ranking. When no page has the phrase, the ranked pages are shown.

   A query of Latin letters only is pinyin: the names of records are indexed with their
   full pinyin and initials (generator/site/search/pinyin.py), so its words are joined
   (bao quan lu → baoquanlu) and searched as one word, ranked by Pagefind, whose prefix
   matching finds bqlbsq from bql. Those terms sit between two invisible marks in the page
   text; they are cut out of the excerpts shown.

   Page text comes from Pagefind's fragments; it is only ever set with textContent (the
   highlighted words as <mark> elements made here), never as markup. */
(function () {
  "use strict";

  var SHOWN = 10; // results drawn; a longer list is more to scroll than to read
  var SECTIONS = 3; // headings inside one result (a name on an honour roll, say)
  var WAIT_MS = 300; // typing pause before searching
  var HAN = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/g;
  var ZWSP = /\u200b/g; // between the characters of the indexed text
  var LATIN = /^[a-z0-9\s]+$/i;
  // Pinyin terms in the page text, whole or cut off at either end of an excerpt.
  var PINYIN = /\u2062[^\u2063]*(\u2063|$)/g;
  var PINYIN_CUT = /^[^\u2062\u2063]*\u2063/;

  var MESSAGES = {
    searching: "正在搜索……",
    none: "没有找到相关内容。请少输几个字，或换一个说法再试。",
    some: "没有找到与输入完全一致的内容，下面是含有这些字的页面：",
    found: function (n) {
      return "找到" + n + "个相关页面" + (n > SHOWN ? "，下面是最相关的" + SHOWN + "个" : "") + "：";
    },
    failed: "搜索暂时无法使用，请刷新页面再试。"
  };

  var form = document.querySelector("form[data-wm-search]");
  if (!form || form.hasAttribute("data-wm-ready")) return;
  form.setAttribute("data-wm-ready", "");

  var box = form.querySelector("input[name=q]");
  var status = document.querySelector(".wm-search__status");
  var list = document.querySelector(".wm-search__results");
  var root = new URL(form.getAttribute("data-root"), location.href).pathname;
  var bundle = new URL(form.getAttribute("data-bundle"), location.href).href;
  var engine = null;
  var latest = 0;
  var timer = 0;

  function load() {
    if (!engine) {
      engine = import(bundle + "pagefind.js").then(function (pagefind) {
        return pagefind.options({ baseUrl: root, excerptLength: 40 }).then(function () {
          return pagefind;
        });
      });
    }
    return engine;
  }

  // Pagefind's excerpt is text with <mark> around the words found: rebuild it as nodes.
  function excerpt(html) {
    var out = document.createElement("p");
    html = html.replace(ZWSP, "").replace(PINYIN, "").replace(PINYIN_CUT, "");
    var parsed = new DOMParser().parseFromString(html, "text/html").body
      .childNodes;
    for (var i = 0; i < parsed.length; i++) {
      var node = parsed[i];
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    }
    return out;
  }

  function characters(query) {
    return query.replace(/"/g, " ").replace(HAN, "$1 ").trim();
  }

  // The separately ranked pages that also hold the phrase, best first; the phrase's own
  // result is kept for its sections (where the phrase is, not where the characters are).
  function rank(pagefind, query) {
    if (LATIN.test(query)) {
      return pagefind.search(query.replace(/\s+/g, "").toLowerCase()).then(function (found) {
        return { whole: found.results.length > 0, results: found.results };
      });
    }
    var chars = characters(query);
    return Promise.all([pagefind.search('"' + chars + '"'), pagefind.search(chars)]).then(
      function (both) {
        var phrase = {};
        both[0].results.forEach(function (r) {
          phrase[r.id] = r;
        });
        var ranked = both[1].results.filter(function (r) {
          return phrase[r.id];
        });
        if (!ranked.length) return { whole: false, results: both[1].results };
        return {
          whole: true,
          results: ranked.map(function (r) {
            return phrase[r.id];
          })
        };
      }
    );
  }

  function sameSite(url) {
    var target = new URL(url, location.href);
    return target.origin === location.origin ? target.href : null;
  }

  function item(data) {
    var li = document.createElement("li");
    var href = sameSite(data.url);
    if (!href) return null;
    var title = document.createElement("a");
    title.className = "wm-search__title";
    title.href = href;
    title.textContent = ((data.meta && data.meta.title) || data.url).replace(ZWSP, "");
    li.appendChild(title);
    li.appendChild(excerpt(data.excerpt || ""));
    var sections = (data.sub_results || []).filter(function (s) {
      return s.anchor && sameSite(s.url);
    });
    if (sections.length) {
      var ul = document.createElement("ul");
      sections.slice(0, SECTIONS).forEach(function (s) {
        var sub = document.createElement("li");
        var a = document.createElement("a");
        a.href = sameSite(s.url);
        a.textContent = s.title.replace(ZWSP, "");
        sub.appendChild(a);
        ul.appendChild(sub);
      });
      li.appendChild(ul);
    }
    return li;
  }

  function show(query, whole, found, shown) {
    list.textContent = "";
    status.textContent = !found ? MESSAGES.none : whole ? MESSAGES.found(found) : MESSAGES.some;
    shown.forEach(function (data) {
      var li = item(data);
      if (li) list.appendChild(li);
    });
    list.setAttribute("data-query", query);
  }

  function run(query) {
    var ticket = ++latest;
    query = query.trim();
    var address = query ? "?q=" + encodeURIComponent(query) : location.pathname;
    history.replaceState(null, "", address);
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    status.textContent = MESSAGES.searching;
    load()
      .then(function (pagefind) {
        return rank(pagefind, query);
      })
      .then(function (ranked) {
        var results = ranked.results;
        return Promise.all(
          results.slice(0, SHOWN).map(function (r) {
            return r.data();
          })
        ).then(function (shown) {
          if (ticket === latest) show(query, ranked.whole, results.length, shown);
        });
      })
      .catch(function () {
        if (ticket === latest) status.textContent = MESSAGES.failed;
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    box.blur(); // closes the phone's keyboard so the results can be seen
    run(box.value);
  });
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(box.value);
    }, WAIT_MS);
  });

  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    box.value = asked;
    run(asked);
  } else {
    box.focus(); // the header's search button leads here: ready to type
  }
})();
