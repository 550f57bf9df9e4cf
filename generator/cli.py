"""The `wenming` command line: a thin click layer over the library.

Exit codes, as every sub-command uses them: 0 clean, 1 content errors (and, for build and
serve, a folder, disk or port that cannot be used), 2 usage errors, 128 + N after signal N.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from .check.content import check_content
from .check.contentcache import CACHE_FOLDER, ContentCache
from .check.gcpause import collector_paused
from .cliadmin import admin
from .clitext import speak_chinese
from .publish.mapsettings import walk_radius_of
from .publish.newrecord import KINDS, create_record
from .publish.outputdir import OutputError
from .publish.refused import Refused
from .publish.schema import write_schemas
from .publish.sitebuild import ENGINES, Interrupted, build_site
from .publish.synth import SCALES, write_synthetic
from .read.tree import folder_refusal
from .records.quarter import today
from .report.messages import say
from .report.problems import format_report, summary_line

EXIT_CONTENT = 1
EXIT_ENVIRONMENT = 1  # the folder, the disk or the port, not the content
# What `wenming check` counts when it passes, as check_passed names them.
COUNTED = ("sites", "teams", "services", "activities", "honors", "bulletins", "points")
PROGRAM = "program"  # the context's object in `__main__.run`: the process ends with the command

# Options several commands share, declared once.
content_option = click.option(
    "--content",
    "content_dir",
    default="content",
    type=click.Path(file_okay=False, path_type=Path),
    help=say("help_content"),
)
config_option = click.option(
    "-f",
    "--config-file",
    default="mkdocs.yml",
    type=click.Path(dir_okay=False, path_type=Path),
    show_default=True,
    help=say("help_config"),
)


speak_chinese()  # click's own messages (usage errors, Ctrl+D at a question) in Chinese


@contextmanager
def _reported() -> Iterator[None]:
    """The library's refusals as the command line shows them: a sentence and an exit code."""
    try:
        yield
    except Refused as refused:
        raise click.UsageError(refused.message) from None
    except OutputError as refused:
        click.echo(refused.message, err=True)
        sys.exit(EXIT_ENVIRONMENT)
    except Interrupted as stop:
        click.echo(stop.message, err=True)
        sys.exit(128 + stop.signum)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wenming", prog_name="wenming", message=say("cli_version"))
def main() -> None:
    """新时代文明实践网站生成器：检查内容、生成网站、发布季度、导出给其他生成程序。"""


@main.command()
@click.argument(
    "directory",
    default="content",
    metavar=say("metavar_content"),
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "github", "json"]),
    default="text",
    show_default=True,
    help=say("help_check_format"),
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help=say("help_check_cache", folder=CACHE_FOLDER),
)
def check(directory: Path, fmt: str, cache: bool) -> None:
    """检查内容目录（默认 content）下的全部记录，一次报告所有错误。"""
    ends = click.get_current_context().find_root().obj == PROGRAM
    with collector_paused(to_the_end=ends):  # the records stay alive (check/gcpause.py)
        if (refusal := folder_refusal(directory)) is not None:
            raise click.UsageError(refusal)
        started = time.perf_counter()
        kept = ContentCache.for_content(directory) if cache else None
        # Today (Shanghai) as the build will see it; the circles counted as the site counts
        # them (a radius the build would refuse is an error here too).
        radius, settings = walk_radius_of(Path("mkdocs.yml"), directory)
        catalog, problems = check_content(directory, directory.as_posix(), today(), kept, radius)
        if settings:
            catalog, problems = None, sorted(settings + problems)
        elapsed = time.perf_counter() - started
        if problems or fmt == "json":  # errors, or warnings only (the check still passes)
            click.echo(format_report(problems, fmt))
        if catalog is None:
            if fmt == "text":
                click.echo(summary_line(problems), err=True)
            sys.exit(EXIT_CONTENT)
        if fmt == "json":
            return
        counts = {name: len(getattr(catalog, name)) for name in COUNTED}
        click.echo(say("check_passed", **counts, seconds=elapsed), err=fmt == "github")
        if problems and fmt == "text":
            click.echo(summary_line(problems), err=True)


@main.command()
@click.argument(
    "out",
    default="schema",
    metavar=say("metavar_out"),
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--content",
    "content_dir",
    default="content",
    type=click.Path(file_okay=False, path_type=Path),
    help=say("help_schema_content"),
)
def schema(out: Path, content_dir: Path) -> None:
    """为每种记录写一个 JSON Schema 到输出目录（默认 schema/），供编辑器补全和提示。"""
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
    help=say("help_site_dir"),
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="mkdocs",
    show_default=True,
    help=say("help_engine"),
)
def build(config_file: Path, site_dir: Path | None, engine: str) -> None:
    """生成网站：先在新目录中完整生成，成功后才替换 SITE_DIR；失败时原网站保持不变。"""
    if not config_file.is_file():
        raise click.UsageError(say("cli_no_config", path=config_file))
    with _reported():
        result = build_site(config_file, site_dir, lambda line: click.echo(line, err=True), engine)
    if not result.ok:
        click.echo(result.output, err=True)
        click.echo(result.message, err=True)
        sys.exit(EXIT_CONTENT)
    if result.output.strip():  # what the build says besides problems: pages reused, hints
        click.echo(result.output.strip(), err=True)
    click.echo(result.message)


@main.command(name="export")
@config_option
@click.argument("out", metavar=say("metavar_out"), type=click.Path(file_okay=False, path_type=Path))
def export_command(config_file: Path, out: Path) -> None:
    """把网站导出为普通的 docs 文件夹和配置（输出目录），不需要 wenming 插件就能用 mkdocs 或 properdocs 生成。"""
    if not config_file.is_file():
        raise click.UsageError(say("cli_no_config", path=config_file))
    # Imported here: the site's code needs jinja2, which the pre-commit hook running
    # `wenming check` does not install (.pre-commit-config.yaml).
    from .publish.export import export_site

    with _reported():
        result = export_site(config_file, out, lambda line: click.echo(line, err=True))
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
    help=say("help_port"),
)
def serve(config_file: Path, port: int) -> None:
    """本机预览：打开 http://127.0.0.1:端口/ ，保存文件后几秒内自动刷新；文件有错时页面上直接显示错误。"""
    if not config_file.is_file():
        raise click.UsageError(say("cli_no_config", path=config_file))
    from .publish.serving import become_server, port_problem, serve_command

    busy = port_problem(port)
    if busy:
        click.echo(busy, err=True)
        sys.exit(EXIT_ENVIRONMENT)
    click.echo(say("serve_address", port=port))
    sys.exit(become_server(serve_command(config_file, port)))


@main.command(name="new")
@click.argument("kind", type=click.Choice(KINDS))
@content_option
@click.option(
    "--set",
    "pairs",
    multiple=True,
    metavar=say("help_new_set_metavar"),
    help=say("help_new_set"),
)
@click.option("--id", "record_id", default=None, help=say("help_new_id"))
def new_record(kind: str, content_dir: Path, pairs: tuple[str, ...], record_id: str | None) -> None:
    """新建一条记录：逐项询问并当场检查，写入正确的文件夹，再检查整个文件。"""
    with _reported():
        created = create_record(
            kind, content_dir, pairs, record_id, prompt=_prompt, echo=click.echo
        )
    if created.problems:
        click.echo(format_report(created.problems))
        click.echo(say("new_fix"), err=True)
        sys.exit(EXIT_CONTENT)
    click.echo(say("new_passed"))


def _prompt(text: str) -> str:
    return str(click.prompt(text, default="", show_default=False))


@main.command()
@click.argument("quarter", metavar=say("metavar_quarter"))
@content_option
@click.option("--date", "day", default=None, help=say("help_publish_date"))
def publish(quarter: str, content_dir: Path, day: str | None) -> None:
    """发布一个季度（例如 2026-Q3）：检查是否齐备，写入 content/editions/季度.yml。"""
    from .publish.edition import publish_quarter

    with _reported():
        done = publish_quarter(content_dir, quarter, day)
    if done.problems:
        click.echo(format_report(done.problems))
        click.echo(summary_line(done.problems), err=True)
        sys.exit(EXIT_CONTENT)
    for line in done.left_out:
        click.echo(say("publish_left_out", line=line))
    if done.written is None:
        for line in done.missing:
            click.echo(say("publish_missing", line=line))
        sys.exit(EXIT_CONTENT)
    day_shown = done.published.isoformat()
    path = done.written.as_posix()
    click.echo(say("publish_done", quarter=quarter, day=day_shown, total=done.total, path=path))
    click.echo(say("publish_commit"))


@main.command()
@click.argument("out", metavar=say("metavar_out"), type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--scale",
    type=click.Choice(SCALES),
    default="county",
    show_default=True,
    help=say("help_synth_scale"),
)
@click.option("--seed", type=int, default=1, show_default=True, help=say("help_synth_seed"))
def synth(out: Path, scale: str, seed: int) -> None:
    """在输出目录写入一套合成的演示内容（虚构，能通过检查），用于性能测试。"""
    count = write_synthetic(out, scale, seed)  # type: ignore[arg-type]  # click checked the choice
    click.echo(say("synth_written", count=count, path=out.as_posix(), scale=scale, seed=seed))


main.add_command(admin)
