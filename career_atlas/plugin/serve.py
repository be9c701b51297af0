"""``mkdocs serve`` that never freezes: a failed rebuild keeps the last good site served, and
the data folder stays watched when it is moved away and back.

MkDocs's server answers a request only once the latest rebuild has finished: after a rebuild
that raised, it answers nothing until the next good one ("the server will appear stuck").
And its watcher of a folder stops for good when the folder disappears. Both are handled
here, through the server object MkDocs hands to ``on_serve``; the private attributes used
(``builder``, ``_rebuild_cond``, ``_want_rebuild``) are those of MkDocs 1.6's LiveReloadServer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEvent, FileSystemEventHandler


def guard_rebuilds(server: LiveReloadServer, report: Callable[[str], None]) -> None:
    """Wrap the server's rebuild so that whatever it raises is reported, not raised (the
    staging folder of a failed build is dropped: passes.abandon), and pages are answered from
    the last good site while it runs."""
    build = server.builder

    def guarded() -> None:
        # MkDocs holds every page request until a rebuild ends, lest a half-built site be served;
        # the atlas builds into a staging folder that replaces the site in one rename, so the
        # last good site is answered at once meanwhile (the epoch a request waits for is the one
        # shown). Browsers still reload when the build ends: the loop shows the new epoch then.
        wanted = server._wanted_epoch
        with server._epoch_cond:
            server._wanted_epoch = server._visible_epoch
        try:
            build()
        except KeyboardInterrupt:
            raise
        except BaseException as e:  # noqa: BLE001 - Abort is a SystemExit; nothing may stop the server
            report(f"the site was not rebuilt ({type(e).__name__}: {e}); the last good build is still served")
        finally:
            with server._epoch_cond:
                server._wanted_epoch = wanted

    server.builder = guarded


class _Return(FileSystemEventHandler):
    """Watches a folder's parent: when the folder comes back, it is watched again and rebuilt."""

    def __init__(self, server: LiveReloadServer, folder: str) -> None:
        self.server, self.folder = server, folder

    def on_any_event(self, event: FileSystemEvent) -> None:
        arrived = getattr(event, "dest_path", "") or (event.src_path if event.event_type == "created" else "")
        if os.path.abspath(str(arrived)) != self.folder or not os.path.isdir(self.folder):
            return
        self.server.unwatch(self.folder)  # its watcher stopped when the folder went away
        self.server.watch(self.folder)
        rebuild(self.server)


def watch_folder(server: LiveReloadServer, folder: str) -> None:
    """Watch ``folder`` (recursively), and keep watching it after it moves away and back."""
    folder = os.path.abspath(folder)
    server.watch(folder)
    server.observer.schedule(_Return(server, folder), os.path.dirname(folder), recursive=False)


def rebuild(server: Any) -> None:
    """Ask the server for a rebuild, as its own watchers do."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()
