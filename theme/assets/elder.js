/* 长辈模式 (elder mode): larger text and tap targets, stronger contrast (elder.css).
   Loaded in the head, before the page is drawn: a remembered choice applies with no flash.
   The choice is kept in this browser's localStorage ("wm-elder"), for every page of the
   site. The toggle (partials/header.html) stays hidden until this script shows it, so
   without JavaScript the page is simply the normal one. No other script is needed. */
(function () {
  "use strict";
  var KEY = "wm-elder";
  var ATTR = "data-wm-elder";
  var root = document.documentElement;

  function stored() {
    try {
      return window.localStorage.getItem(KEY) === "1";
    } catch (error) {
      return false; // storage off (private mode, policy): the normal page
    }
  }

  function remember(on) {
    try {
      if (on) {
        window.localStorage.setItem(KEY, "1");
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (error) {
      /* not remembered, still applied to this page */
    }
  }

  function apply(on) {
    if (on) {
      root.setAttribute(ATTR, "");
    } else {
      root.removeAttribute(ATTR);
    }
    var buttons = document.querySelectorAll("[data-wm-elder-toggle]");
    for (var i = 0; i < buttons.length; i += 1) {
      buttons[i].hidden = false;
      buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
    }
  }

  apply(stored());
  // The toggle will work: elder.css shows it from the first paint, not at DOMContentLoaded.
  root.setAttribute("data-wm-elder-ready", "");

  // Delegated: a header swapped in by Material's instant navigation needs no new listener.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-wm-elder-toggle]");
    if (!button) {
      return;
    }
    var on = !root.hasAttribute(ATTR);
    remember(on);
    apply(on);
  });

  function refresh() {
    apply(stored());
  }
  document.addEventListener("DOMContentLoaded", function () {
    refresh();
    // Material's instant navigation announces each page it swaps in on document$.
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(refresh);
    }
  });
  // A page restored from the back-forward cache shows the mode chosen since.
  window.addEventListener("pageshow", refresh);
  // Another tab of the site switched the mode: follow it.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      refresh();
    }
  });
})();
