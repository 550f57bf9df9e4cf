/* 离我最近的实践点: asks the browser for the reader's position and lists the five
   nearest public sites, from map/sites.json built with the site. The position never
   leaves the phone: the only request is for that JSON, on this site, by a relative URL.

   theme/main.html loads it inside Material's container on the pages that ask for it, so
   it runs again when instant navigation swaps a page in; a widget already set up is
   skipped. Record text is only ever set with textContent, never as markup. */
(function () {
  "use strict";

  var EARTH_RADIUS = 6371008.8; // metres, as generator/geo.py
  var WALK_M_PER_MIN = 80; // as generator/circles.py
  var SHOWN = 5;
  var SAFE_URL = /^sites\/[A-Za-z0-9_-]+\/$/;

  var MESSAGES = {
    locating: "正在获取您的位置……",
    loading: "正在读取阵地位置……",
    unsupported: "您的浏览器不支持定位，无法查找最近的实践点。可以在实践地图和阵地列表中查找。",
    denied: "您没有允许使用位置信息，无法查找最近的实践点。如需使用，请在浏览器设置中允许本网站获取位置后再试；也可以在实践地图和阵地列表中查找。",
    unavailable: "暂时无法获取您的位置，请打开手机的定位服务或到室外后再试。",
    timeout: "获取位置超时，请再试一次。",
    insecure: "浏览器只在以 https:// 打开的网页上提供定位，请用 https:// 地址打开本页后再试。",
    data: "阵地位置读取失败，请检查网络后刷新页面再试。",
    none: "暂无登记了位置的阵地。",
    found: "离您最近的实践点（按直线距离，由近到远）："
  };

  function haversine(lng1, lat1, lng2, lat2) {
    var rad = Math.PI / 180;
    var dLat = (lat2 - lat1) * rad;
    var dLng = (lng2 - lng1) * rad;
    var h =
      Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
  }

  function distanceText(metres) {
    if (metres < 1000) return "约" + Math.max(10, Math.round(metres / 10) * 10) + "米";
    return "约" + (metres / 1000).toFixed(1) + "公里";
  }

  function walkText(metres) {
    var minutes = Math.max(1, Math.round(metres / WALK_M_PER_MIN));
    if (minutes > 120) return "步行较远，建议乘车";
    return "步行约" + minutes + "分钟";
  }

  // The five nearest, nearest first; ties by id so the order never wobbles.
  function nearest(sites, lng, lat) {
    return sites
      .filter(function (s) {
        return typeof s.lng === "number" && typeof s.lat === "number" && SAFE_URL.test(s.url);
      })
      .map(function (s) {
        return { site: s, metres: haversine(lng, lat, s.lng, s.lat) };
      })
      .sort(function (a, b) {
        return a.metres - b.metres || (a.site.id < b.site.id ? -1 : a.site.id > b.site.id ? 1 : 0);
      })
      .slice(0, SHOWN);
  }

  function setup(widget) {
    if (widget.hasAttribute("data-wm-ready")) return;
    widget.setAttribute("data-wm-ready", "");
    var button = widget.querySelector(".wm-nearest__button");
    var status = widget.querySelector(".wm-nearest__status");
    var list = widget.querySelector(".wm-nearest__list");
    var root = widget.getAttribute("data-root") || "./";
    var sites = null;

    function say(text) {
      status.textContent = text;
    }

    function show(found) {
      list.textContent = "";
      found.forEach(function (f) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + f.site.url;
        link.textContent = f.site.name;
        item.appendChild(link);
        [distanceText(f.metres), walkText(f.metres)].forEach(function (text) {
          var span = document.createElement("span");
          span.textContent = text;
          item.appendChild(span);
        });
        item.setAttribute("data-site", f.site.id);
        list.appendChild(item);
      });
      list.hidden = found.length === 0;
      say(found.length ? MESSAGES.found : MESSAGES.none);
    }

    function loadSites() {
      if (sites) return Promise.resolve(sites);
      return fetch(widget.getAttribute("data-src"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (data) {
          sites = Array.isArray(data) ? data : [];
          return sites;
        });
    }

    function failed(error) {
      var text = MESSAGES.unavailable;
      if (error && error.code === 1) text = MESSAGES.denied;
      else if (error && error.code === 3) text = MESSAGES.timeout;
      say(text);
      button.disabled = false;
    }

    button.hidden = false;
    button.addEventListener("click", function () {
      list.hidden = true;
      if (!("geolocation" in navigator)) {
        say(MESSAGES.unsupported);
        return;
      }
      if (window.isSecureContext === false) {
        say(MESSAGES.insecure);
        return;
      }
      button.disabled = true;
      say(MESSAGES.locating);
      navigator.geolocation.getCurrentPosition(
        function (position) {
          say(MESSAGES.loading);
          loadSites()
            .then(function (all) {
              show(nearest(all, position.coords.longitude, position.coords.latitude));
            })
            .catch(function () {
              say(MESSAGES.data);
            })
            .then(function () {
              button.disabled = false;
            });
        },
        failed,
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 }
      );
    });
  }

  function start() {
    var widgets = document.querySelectorAll("[data-wm-nearest]");
    for (var i = 0; i < widgets.length; i++) setup(widgets[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
