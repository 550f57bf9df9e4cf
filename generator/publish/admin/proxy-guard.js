// Starts decap-server (the path given as the first argument) so that it answers only
// requests meant for it: `wenming admin serve` runs `node proxy-guard.js <decap-server>`.
//
// decap-server binds to 127.0.0.1 but does not look at the Host header, so a web page
// whose own name an attacker points at 127.0.0.1 (DNS rebinding) could reach it as its
// own origin and write files into the repository. Before express sees a request, this
// answers 403 when the Host is not 127.0.0.1:PORT or localhost:PORT, or when the request
// carries an Origin other than the editor's page (WENMING_PAGE_ORIGINS, space-separated).
// Nothing is written for a refused request: the handler that writes never runs.
// It exits when its parent is gone (stdin closed, or another parent), so decap-server is
// never left serving the repository after `wenming admin serve` is killed.
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

// The port taken: `wenming admin serve` says so in one sentence (exit code 98), no stack.
process.on("uncaughtException", function (error) {
  if (error && error.code === "EADDRINUSE") process.exit(98);
  process.stderr.write((error && error.stack) || String(error) + "\n");
  process.exit(1);
});

// Not outliving `wenming admin serve`, however it ended (a SIGKILL or SIGHUP included):
// its end closes our stdin, and a parent gone makes this process another's child.
var parent = process.ppid;
setInterval(function () {
  if (process.ppid !== parent) process.exit(0);
}, 500).unref();
process.stdin.on("end", function () { process.exit(0); });
process.stdin.on("error", function () { process.exit(0); });
process.stdin.resume();

require(path.resolve(process.argv[2]));
