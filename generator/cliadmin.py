"""`wenming admin`: the form editor's commands (config, serve), kept beside cli.py.

`wenming admin config` rewrites `admin/config.yml` from the models and vocabularies
(`--check` only says whether it is current); `wenming admin serve` runs the editor on
this machine, bound to 127.0.0.1 (publish/adminserve.py); `wenming admin install`, run by
the deploy templates, installs the vendored CMS (`npm ci`) only when mkdocs.yml turns
the editor on, so a county without it neither waits for nor runs npm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import click

from .publish.outputdir import plugin_options, read_settings
from .report.messages import ADMIN

# The editor's modules (its HTTP server, the CMS config) are imported by the command
# that needs them: every `wenming` command, `check` above all, would wait for them.

# No install scripts run (none of the locked packages has one; the CMS's files are prebuilt).
NPM_CI = ("ci", "--ignore-scripts", "--no-audit", "--no-fund")

content_option = click.option(
    "--content",
    "content_dir",
    default="content",
    type=click.Path(file_okay=False, path_type=Path),
    help=ADMIN["help_admin_content"],
)


@click.group(name="admin", help=ADMIN["help_admin"])
def admin() -> None:
    pass


@admin.command(name="config", help=ADMIN["help_admin_config"])
@content_option
@click.option("--check", "only_check", is_flag=True, help=ADMIN["help_admin_check"])
def config(content_dir: Path, only_check: bool) -> None:
    from .publish.cmsconfig import CONFIG_FILE, AdminError, is_current, write_config

    root = Path(".")
    try:
        _repository(root, content_dir)
        if only_check:
            if not is_current(root, content_dir):
                click.echo(ADMIN["config_stale"].format(path=CONFIG_FILE.as_posix()), err=True)
                sys.exit(1)
            click.echo(ADMIN["config_current"].format(path=CONFIG_FILE.as_posix()))
            return
        path, changed = write_config(root, content_dir)
    except AdminError as error:
        click.echo(str(error), err=True)
        sys.exit(1)
    message = ADMIN["config_written"] if changed else ADMIN["config_current"]
    click.echo(message.format(path=path.as_posix()))


def _repository(root: Path, content_dir: Path) -> None:
    """The editor works on a wenming repository (mkdocs.yml at `root`) and on a content
    folder inside it that holds records; AdminError, said first, when not."""
    from .publish.cmsconfig import AdminError, content_folder

    if not (root / "mkdocs.yml").is_file():
        raise AdminError(ADMIN["not_a_repository"].format(root=root.resolve()))
    content_folder(root, content_dir)


@admin.command(name="serve", help=ADMIN["help_admin_serve"])
@content_option
@click.option("-p", "--port", default=8000, show_default=True, type=int)
@click.option("--proxy-port", default=8081, show_default=True, type=int)
def serve(content_dir: Path, port: int, proxy_port: int) -> None:
    from .publish.adminserve import serve_admin
    from .publish.cmsconfig import AdminError

    def ready(url: str) -> None:
        click.echo(ADMIN["serving"].format(url=url), err=True)

    try:
        _repository(Path("."), content_dir)
        serve_admin(Path("."), content_dir, port, proxy_port, ready)
    except AdminError as error:
        click.echo(str(error), err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)


@admin.command(name="install", help=ADMIN["help_admin_install"])
@click.option(
    "-f",
    "--config-file",
    default="mkdocs.yml",
    type=click.Path(dir_okay=False, path_type=Path),
    help=ADMIN["help_admin_config_file"],
)
def install(config_file: Path) -> None:
    if plugin_options(read_settings(config_file)).get("admin") is not True:
        click.echo(ADMIN["install_off"])
        return
    lock = config_file.parent / "package-lock.json"
    if not lock.is_file():
        click.echo(ADMIN["install_no_lock"].format(path=lock.as_posix()), err=True)
        sys.exit(1)
    npm = shutil.which("npm")
    if npm is None:
        click.echo(ADMIN["install_no_npm"], err=True)
        sys.exit(1)
    code = subprocess.run([npm, *NPM_CI], cwd=config_file.parent, check=False).returncode
    if code != 0:
        click.echo(ADMIN["install_failed"].format(code=code), err=True)
        sys.exit(code)
