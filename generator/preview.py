"""Live preview: keep noticing content/ after it is deleted and restored.

MkDocs 1.6 watches each path with a watchdog polling emitter. When the watched folder
disappears (an editor moves content/ away, a `git checkout` replaces it), the emitter
queues one folder-deleted event, which MkDocs' handler ignores (it skips folder events),
and stops for good: the deletion is never shown and later edits are never noticed.

`ContentWatch` watches the folder's parent, not recursively (so `.wenming-cache/`,
`site/` or `node_modules/` beside it cost nothing and start no rebuild), for content/
itself being created, deleted or moved, and asks for a rebuild then. The rebuild shows
the "content folder missing" report (check/content.py), or, once the folder is back, calls
`renew` from `on_config`, which replaces MkDocs' dead watch of the folder with a new one.
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Any, Protocol

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)


class Server(Protocol):
    """What is used of MkDocs' LiveReloadServer (plugin.py stays the one module importing mkdocs)."""

    observer: Any

    def watch(self, path: str) -> None: ...
    def unwatch(self, path: str) -> None: ...


class ContentWatch(FileSystemEventHandler):
    """Rebuilds when the folder `root` comes or goes; `renew` re-watches it once it is back."""

    def __init__(self, server: Server, root: str) -> None:
        self.server = server
        self.root = root
        self.parent = os.path.dirname(root)
        self.gone = not os.path.isdir(root)  # the watch of `root` is dead (or never was)
        self._lock = threading.Lock()
        server.observer.schedule(self, self.parent, recursive=False)

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not isinstance(event, (DirCreatedEvent, DirDeletedEvent, DirMovedEvent)):
            return  # a changed file beside content/, or content/'s own mtime: not ours
        paths = {os.fsdecode(event.src_path), os.fsdecode(event.dest_path or "")}
        if self.root not in paths:
            return
        with self._lock:
            self.gone = True  # whichever way it went, MkDocs' watch of it is gone
        _request_rebuild(self.server)

    def renew(self) -> None:
        """Watch `root` afresh if it is back after being gone (from the build, not a watcher)."""
        with self._lock:
            if not self.gone or not os.path.isdir(self.root):
                return
            self.gone = False
        with contextlib.suppress(KeyError):  # missing when serving started: never watched
            self.server.unwatch(self.root)
        self.server.watch(self.root)


def _request_rebuild(server: Server) -> None:
    """What MkDocs' own watch handler does on a changed file (MkDocs 1.6 has no public call).

    Without these attributes (another MkDocs), the rebuild waits for the next saved file.
    """
    condition = getattr(server, "_rebuild_cond", None)
    if condition is None:
        return
    with condition:
        setattr(server, "_want_rebuild", True)  # noqa: B010  (not part of the Protocol)
        condition.notify_all()
