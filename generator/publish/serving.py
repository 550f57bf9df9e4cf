"""`wenming serve`: whether the port is free, the MkDocs server it becomes, what changed.

The preview is MkDocs' own live-reload server run with `--dirty` (only pages whose text
changed are rebuilt; see plugin.py) and `--no-strict` (a preview keeps running through a
warning; strictness is for the real build), listening on 127.0.0.1 only. `page_digests`
is what the plugin compares from one rebuild to the next to tell which pages changed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..report.messages import say

if TYPE_CHECKING:  # the site's code needs jinja2, which `wenming check` alone does not
    from ..site.build import SitePage


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


def serve_command(config_file: Path, port: int) -> list[str]:
    """The command line of the preview server for `config_file` on 127.0.0.1:`port`."""
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict"]
    return [*command, "-f", str(config_file), "-a", f"127.0.0.1:{port}"]


def become_server(command: list[str]) -> int:
    """Run `command` in place of this process where the system can (POSIX), else wait for it.

    Becoming the server instead of waiting on it means a signal that stops `wenming serve`
    (an editor's task runner, a test) stops the server too, never orphans it. Returns the
    server's exit code where it cannot exec.
    """
    if os.name == "posix":
        sys.stdout.flush()
        os.execv(sys.executable, command)
    return subprocess.call(command)


def page_digests(pages: Iterable[SitePage]) -> dict[str, str]:
    """Each page's source path → a digest of its whole text (front matter and body).

    Under `serve --dirty` a page whose digest equals the previous build's is not written
    again; one edit to a record then rebuilds the few pages that show it.
    """
    return {
        page.uri: hashlib.sha256(f"{page.head}\0{page.body}".encode()).hexdigest() for page in pages
    }
