// Starts decap-server (the path given as the first argument) so that it answers only
// requests meant for it: `wenming admin serve` runs `node proxy-guard.js <decap-server>`.
//
// decap-server binds to 127.0.0.1 but does not look at the Host header, so a web page
// whose own name an attacker points at 127.0.0.1 (DNS rebinding) could reach it as its
// own origin and write files into the repository. Before express sees a request, this
// answers 403 when the Host is not 127.0.0.1:PORT or localhost:PORT, or when the request
// carries an Origin other than the editor's page (WENMING_PAGE_ORIGINS, space-separated).
// Nothing is written for a refused request: the handler that writes never runs.
// Requests naming a file outside the records and the media folder are refused too.
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

// decap-server reads and writes any file of the repository it is given (.git/config, the
// workflows, mkdocs.yml). The editor only needs the records and its media folder, so a
// request naming any other path is refused before decap-server sees it
// (WENMING_ALLOWED_FOLDERS, space-separated, relative to the repository).
var folders = (process.env.WENMING_ALLOWED_FOLDERS || "").split(" ").filter(Boolean);
var PATH_KEYS = { path: true, newPath: true, folder: true, mediaFolder: true };

function inside(value) {
  if (typeof value !== "string" || path.isAbsolute(value)) return false;
  var clean = path.posix.normalize(value.replace(/\\/g, "/"));
  return folders.some(function (f) { return clean === f || clean.indexOf(f + "/") === 0; });
}

function pathsAllowed(value, key) {
  if (Array.isArray(value)) {
    return value.every(function (v) { return pathsAllowed(v, key === "paths" ? "path" : key); });
  }
  if (value !== null && typeof value === "object") {
    return Object.keys(value).every(function (k) { return pathsAllowed(value[k], k); });
  }
  return !PATH_KEYS[key] || inside(value);
}

function refuse(res, why) {
  res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
  res.end("403 Forbidden: " + why + "\n");
}

var emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event !== "request") return emit.apply(this, arguments);
  if (!allowed(req)) {
    refuse(res, "wrong Host or Origin");
    return true;
  }
  if (req.method !== "POST") return emit.apply(this, arguments);
  // Read the body here, check every path in it, and hand express the parsed body (its
  // JSON parser leaves a request alone once `_body` is set).
  var server = this;
  var chunks = [];
  var size = 0;
  req.on("data", function (chunk) {
    size += chunk.length;
    if (size <= 50 * 1024 * 1024) chunks.push(chunk);
  });
  req.on("end", function () {
    var body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    } catch (error) {
      refuse(res, "not JSON");
      return;
    }
    if (size > 50 * 1024 * 1024 || !pathsAllowed(body && body.params, "params")) {
      refuse(res, "a path outside the records");
      return;
    }
    req.body = body;
    req._body = true;
    emit.call(server, "request", req, res);
  });
  return true;
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
