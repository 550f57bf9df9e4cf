/* The map page landing on one site ("在实践地图上查看" links to map/#p-<id>): the point
   is ringed and named by CSS :target alone. Material's instant navigation changes the
   address with history.pushState, which never updates :target, so this adds the same
   look as a class (.wm-here) and brings the point into view. theme/main.html loads it
   inside Material's container on the map page, so it runs on every visit; the hashchange
   listener is added once. No record text is read or written. */
(function () {
  "use strict";

  function mark() {
    var id = "";
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return;
    }
    var old = document.querySelectorAll(".wm-map__pt.wm-here");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("wm-here");
    if (id.indexOf("p-") !== 0) return;
    var point = document.getElementById(id);
    if (!point || !point.classList.contains("wm-map__pt")) return;
    point.classList.add("wm-here");
    point.scrollIntoView({ block: "center" });
  }

  mark();
  if (!window.wmMapMark) {
    window.wmMapMark = true;
    window.addEventListener("hashchange", mark);
  }
})();
