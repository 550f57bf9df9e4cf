// Starts decap-server (the path given as the first argument) so that it answers only
// requests meant for it: `wenming admin serve` runs `node proxy-guard.js <decap-server>`.
//
// decap-server binds to 127.0.0.1 but does not look at the Host header, so a web page
// whose own name an attacker points at 127.0.0.1 (DNS rebinding) could reach it as its
// own origin and write files into the repository. Before express sees a request, this
// answers 403 when the Host is not 127.0.0.1:PORT or localhost:PORT, or when the request
// carries an Origin other than the editor's page (WENMING_PAGE_ORIGINS, space-separated).
// Nothing is written for a refused request: the handler that writes never runs.
"use strict";
var http = require("http");
var path = require("path");

var port = process.env.PORT;
var hosts = ["127.0.0.1:" + port, "localhost:" + port];
var origins = (process.env.WENMING_PAGE_ORIGINS || "").split(" ").filter(Boolean);

function allowed(req) {
  if (hosts.indexOf(req.headers.host) < 0) return false;
  var origin = req.headers.origin;
  return origin === undefined || origins.indexOf(origin) >= 0;
}

var emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event === "request" && !allowed(req)) {
    res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
    res.end("403 Forbidden: wrong Host or Origin\n");
    return true;
  }
  return emit.apply(this, arguments);
};

require(path.resolve(process.argv[2]));
