"""The `wenming` command line: a thin click layer over the library.

Exit codes, as every sub-command uses them: 0 clean, 1 content errors (and, for build and
serve, a folder, disk or port that cannot be used), 2 usage errors, 128 + N after signal N.
"""

from __future__ import annotations

import errno
import os
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import click

from .check.content import check_content
from .check.contentcache import CACHE_FOLDER, ContentCache
from .check.validate import field_problem
from .clitext import speak_chinese
from .publish.asking import REFERENCES, ask, check_answer, follow_ups, put, read_known
from .publish.edition import build_edition, dump_edition, readiness
from .publish.outputdir import OutputError
from .publish.scaffold import (
    ESSENTIALS,
    OPTIONAL_ESSENTIALS,
    id_source,
    propose_id,
    render_record,
    schema_path,
    target_folder,
    unique_id,
)
from .publish.schema import write_schemas
from .publish.sitebuild import ENGINES, Interrupted, build_site
from .records.kinds import RECORD_TYPES
from .records.parsers import parse_day, parse_id
from .records.quarter import FIRST_DAY, FIRST_YEAR, LAST_DAY, LAST_YEAR, QUARTER, today
from .report import messages
from .report.messages import say
from .report.problems import format_report, summary_line

EXIT_CONTENT = 1
EXIT_ENVIRONMENT = 1  # the folder, the disk or the port, not the content

# Options several commands share, declared once.
content_option = click.option(
    "--content",
    "content_dir",
    default="content",
    type=click.Path(file_okay=False, path_type=Path),
    help="内容目录（默认 content）。",
)
config_option = click.option(
    "-f",
    "--config-file",
    default="mkdocs.yml",
    type=click.Path(dir_okay=False, path_type=Path),
    show_default=True,
    help="MkDocs 配置文件。",
)


speak_chinese()  # click's own messages (usage errors, Ctrl+D at a question) in Chinese


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wenming")
def main() -> None:
    """新时代文明实践网站生成器：检查内容、导出模式、构建网站。"""


@main.command()
@click.argument("directory", default="content", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "github", "json"]),
    default="text",
    show_default=True,
    help="报告格式：text 给人看，github 给 GitHub Actions 标注，json 给程序读。",
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help=f"把每个文件的检查结果存进 {CACHE_FOLDER}/，下次只重读改过的文件。",
)
def check(directory: Path, fmt: str, cache: bool) -> None:
    """检查 DIRECTORY（默认 content）下的全部记录，一次报告所有错误。"""
    if not directory.is_dir():
        raise click.UsageError(f"找不到内容目录 {directory}（请给出 content 目录的路径）")
    started = time.perf_counter()
    kept = ContentCache.for_content(directory) if cache else None
    # Today (Shanghai) as the build will see it: notice periods over, corrections ahead.
    catalog, problems = check_content(directory, directory.as_posix(), today(), kept)
    elapsed = time.perf_counter() - started
    if problems or fmt == "json":  # errors, or warnings only (the check still passes)
        click.echo(format_report(problems, fmt))
    if catalog is None:
        if fmt == "text":
            click.echo(summary_line(problems), err=True)
        sys.exit(EXIT_CONTENT)
    if fmt == "json":
        return
    counts = (
        f"{len(catalog.sites)} 个站点、{len(catalog.teams)} 支服务队、{len(catalog.services)} 个服务项目、"
        f"{len(catalog.activities)} 项活动、{len(catalog.honors)} 条荣誉、{len(catalog.bulletins)} 期简报"
    )
    click.echo(f"检查通过：{counts}（用时 {elapsed:.2f} 秒）", err=fmt == "github")
    if problems and fmt == "text":
        click.echo(summary_line(problems), err=True)


@main.command()
@click.argument("out", default="schema", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--content",
    "content_dir",
    default="content",
    type=click.Path(file_okay=False, path_type=Path),
    help="从这里的 vocabularies.yml 读取可选值，写进模式的枚举。",
)
def schema(out: Path, content_dir: Path) -> None:
    """为每种记录写一个 JSON Schema 到 OUT（默认 schema/），供编辑器补全和提示。"""
    written = write_schemas(out, content_dir)
    for path in written:
        click.echo(path.as_posix())


@main.command()
@config_option
@click.option(
    "-d",
    "--site-dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="网站输出目录（默认取 mkdocs.yml 的 site_dir，通常是 site）。",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="mkdocs",
    show_default=True,
    help="生成程序：mkdocs（MkDocs 1.x）或 properdocs（MkDocs 1.x 的社区延续版）。",
)
def build(config_file: Path, site_dir: Path | None, engine: str) -> None:
    """生成网站：先在新目录中完整生成，成功后才替换 SITE_DIR；失败时原网站保持不变。"""
    if not config_file.is_file():
        raise click.UsageError(say("cli_no_config", path=config_file))
    try:
        result = build_site(config_file, site_dir, lambda line: click.echo(line, err=True), engine)
    except OutputError as refused:
        click.echo(refused.message, err=True)
        sys.exit(EXIT_ENVIRONMENT)
    except Interrupted as stop:
        click.echo(stop.message, err=True)
        sys.exit(128 + stop.signum)
    if not result.ok:
        click.echo(result.output, err=True)
        click.echo(result.message, err=True)
        sys.exit(EXIT_CONTENT)
    click.echo(result.message)


@main.command(name="export")
@config_option
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
def export_command(config_file: Path, out: Path) -> None:
    """把网站导出为普通的 docs 文件夹和配置（OUT），不需要 wenming 插件就能用 mkdocs 或 properdocs 生成。"""
    if not config_file.is_file():
        raise click.UsageError(say("cli_no_config", path=config_file))
    # Here, not at the top: `check` (the pre-commit hook) must run with only pydantic,
    # pyyaml and click installed, and the site stage needs jinja2.
    from .publish.export import export_site

    try:
        result = export_site(config_file, out, lambda line: click.echo(line, err=True))
    except OutputError as refused:
        click.echo(refused.message, err=True)
        sys.exit(EXIT_ENVIRONMENT)
    except Interrupted as stop:
        click.echo(stop.message, err=True)
        sys.exit(128 + stop.signum)
    if result.message is None:
        click.echo(format_report(result.problems, "text"))
        click.echo(summary_line(result.problems), err=True)
        sys.exit(EXIT_CONTENT)
    if result.problems:
        click.echo(format_report(result.problems, "text"))
    click.echo(result.message)


@main.command()
@config_option
@click.option(
    "-p",
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="本机端口。",
)
def serve(config_file: Path, port: int) -> None:
    """本机预览：打开 http://127.0.0.1:端口/ ，保存文件后几秒内自动刷新；文件有错时页面上直接显示错误。"""
    if not config_file.is_file():
        raise click.UsageError(say("cli_no_config", path=config_file))
    busy = port_problem(port)
    if busy:
        click.echo(busy, err=True)
        sys.exit(EXIT_ENVIRONMENT)
    # --dirty: only pages whose text changed are rebuilt (see plugin.py). Strictness is for
    # the real build: a preview keeps running through a warning.
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict"]
    command += ["-f", str(config_file), "-a", f"127.0.0.1:{port}"]
    click.echo(f"预览地址：http://127.0.0.1:{port}/ （按 Ctrl+C 结束）")
    if os.name == "posix":
        # Become the server instead of waiting on it: a signal that stops `wenming
        # serve` (an editor's task runner, a test) then stops the server, never orphans it.
        sys.stdout.flush()
        os.execv(sys.executable, command)
    sys.exit(subprocess.call(command))


def port_problem(port: int) -> str | None:
    """Why the preview cannot listen on 127.0.0.1:`port`, or None when it can."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        # As the server will: address reuse, so only a live listener counts as taken.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            other = port + 1 if port < 65535 else 8000
            return say("serve_port_busy", port=port, other=other)
        return say("serve_port_denied", port=port, reason=error.strerror or str(error))
    finally:
        probe.close()
    return None


@main.command(name="new")
@click.argument(
    "kind", type=click.Choice(["site", "team", "service", "activity", "honor", "honour"])
)
@content_option
@click.option(
    "--set",
    "pairs",
    multiple=True,
    metavar="字段=值",
    help="直接给出字段的值，可重复，例如 --set name=锦囊团。",
)
@click.option("--id", "record_id", default=None, help="自定编号（默认由名称的拼音生成）。")
def new_record(kind: str, content_dir: Path, pairs: tuple[str, ...], record_id: str | None) -> None:
    """新建一条记录：逐项询问并当场检查，写入正确的文件夹，再检查整个文件。"""
    kind = "honor" if kind == "honour" else kind
    if not content_dir.is_dir():
        raise click.UsageError(say("new_no_content", path=content_dir.as_posix()))
    if record_id is not None:
        problem = field_problem(RECORD_TYPES[kind], ("id",), record_id, required=True)
        if problem is not None:
            raise click.UsageError(f"--id — {problem}")
        record_id = parse_id(record_id)
    known = read_known(content_dir)
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise click.UsageError(say("new_pair", pair=pair))
        key, value = key.strip(), value.strip()
        if key in REFERENCES:  # a name given in Chinese is stored as its id, when it is clear
            answer, notes, problem = check_answer(kind, key, value, values, known, required=False)
            if problem is None and answer is not None:
                value = answer  # type: ignore[assignment]  # a list for list fields
                for note in notes:
                    click.echo(note)
        values[key] = value
    if "date" in values and kind in ("activity", "honor"):
        problem = field_problem(RECORD_TYPES[kind], ("date",), values["date"], required=True)
        if problem is not None:
            raise click.UsageError(f"date — {problem}")
        values["date"] = parse_day(values["date"]).isoformat()
    queue = list(ESSENTIALS[kind])
    while queue:
        key = queue.pop(0)
        if key.partition(".")[0] not in values or (
            "." in key and key.partition(".")[2] not in values[key.partition(".")[0]]
        ):
            answer = ask(
                kind,
                key,
                values,
                known,
                prompt=lambda text: str(click.prompt(text, default="", show_default=False)),
                echo=click.echo,
                required=key not in OPTIONAL_ESSENTIALS,
            )
            put(values, key, answer)
        queue[:0] = [k for k in follow_ups(kind, key, values, known) if k not in queue]
    folder = target_folder(content_dir, kind, values)
    if record_id is None:
        text, prefix = id_source(kind, values)
        record_id = unique_id(folder, propose_id(text, prefix))
        click.echo(say("new_id", id=record_id))
    target = folder / f"{record_id}.yml"
    if not target.resolve().is_relative_to(content_dir.resolve()):
        raise click.UsageError(
            say("new_outside", path=target.as_posix(), content=content_dir.as_posix())
        )
    if target.exists():
        raise click.UsageError(say("new_exists", path=target.as_posix()))
    folder.mkdir(parents=True, exist_ok=True)
    schema = schema_path(target, content_dir, kind)
    target.write_text(render_record(kind, {"id": record_id, **values}, schema), encoding="utf-8")
    click.echo(say("new_written", path=target.as_posix()))
    _, problems = check_content(content_dir, content_dir.as_posix())
    mine = [p for p in problems if p.path == target.as_posix()]
    if mine:
        click.echo(format_report(mine))
        click.echo(say("new_fix"), err=True)
        sys.exit(EXIT_CONTENT)
    click.echo(say("new_passed"))


@main.command()
@click.argument("quarter")
@content_option
@click.option("--date", "day", default=None, help="发布日期 YYYY-MM-DD（默认北京时间今天）。")
def publish(quarter: str, content_dir: Path, day: str | None) -> None:
    """发布 QUARTER（例如 2026-Q3）：检查是否齐备，写入 content/editions/QUARTER.yml。"""
    if not QUARTER.match(quarter):
        raise click.UsageError(f"“{quarter}”不是季度（请写成 2026-Q3 这样的格式）")
    try:
        published = date.fromisoformat(day) if day else today()
    except ValueError:
        raise click.UsageError(f"“{day}”不是日期（请写成 2026-10-08 这样的格式）") from None
    if not FIRST_DAY <= published <= LAST_DAY:
        raise click.UsageError(
            messages.say("wm_day_range", value=day, first=FIRST_YEAR, last=LAST_YEAR)
        )
    catalog, problems = check_content(content_dir, content_dir.as_posix(), today())
    if catalog is None:
        click.echo(format_report(problems))
        click.echo(summary_line(problems), err=True)
        sys.exit(EXIT_CONTENT)
    ready = readiness(catalog, quarter, published, today())
    for line in ready.left_out:
        click.echo(f"未收录：{line}")
    if ready.missing:
        for line in ready.missing:
            click.echo(f"不能发布：{line}")
        sys.exit(EXIT_CONTENT)
    edition = build_edition(catalog, quarter, published)
    target = content_dir / "editions" / f"{quarter}.yml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dump_edition(edition), encoding="utf-8")
    total = sum(len(found) for found in edition.records.values())
    click.echo(
        f"已发布 {quarter}（{published.isoformat()}）：收录 {total} 条记录，清单写入 {target.as_posix()}"
    )
    click.echo("请提交这个文件；此后修改本季度的记录须写更正。")


@main.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--scale",
    type=click.Choice(["tiny", "county", "city"]),
    default="county",
    show_default=True,
    help="规模：county 一个县（约 250 个站点、每年 3000 项活动），city 十个县，tiny 供测试。",
)
@click.option(
    "--seed", type=int, default=1, show_default=True, help="随机种子：同一种子生成相同内容。"
)
def synth(out: Path, scale: str, seed: int) -> None:
    """在 OUT 写入一套合成的演示内容（虚构，能通过检查），用于性能测试。"""
    from .publish.synth import write_synthetic

    count = write_synthetic(out, scale, seed)  # type: ignore[arg-type]  # click checked the choice
    click.echo(f"已写入 {count} 个文件到 {out.as_posix()}（规模 {scale}，种子 {seed}）")
