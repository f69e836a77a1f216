"""Deleting settings files safely: a backup first, all or nothing, checked afterwards.

The exporters only ever write files (:func:`~wizard.core.safe_files.apply_writes`);
removing an Evolution account deletes them. Each file is first copied beside itself
(``<name>.all2all-backup-<UTC time>``, which Evolution does not load), then deleted; if
anything fails, every file already deleted is put back from its copy.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from wizard.core.exporters.base import ExportError, ExportErrorCode
from wizard.core.safe_files import backup_file, error_from_os, fsync_dir, restore_backup

log = logging.getLogger(__name__)


def delete_files(paths: Sequence[Path]) -> tuple[Path, ...]:
    """Back up, then delete every file of ``paths`` that exists; returns the backups.

    Raises :class:`ExportError` (nothing deleted then: what was deleted is restored).
    """
    done: list[tuple[Path, Path]] = []
    current = paths[0] if paths else Path()
    try:
        for path in paths:
            current = path
            if not path.is_file():
                continue
            backup = backup_file(path)
            path.unlink()
            done.append((path, backup))
        for path, _ in done:
            if path.exists():
                raise ExportError(ExportErrorCode.VERIFY_FAILED, path, "still there")
        for folder in {path.parent for path, _ in done}:
            fsync_dir(folder)
    except ExportError:
        _put_back(done)
        raise
    except OSError as error:
        _put_back(done)
        raise error_from_os(error, current) from error
    return tuple(backup for _, backup in done)


def _put_back(done: list[tuple[Path, Path]]) -> None:
    for path, backup in reversed(done):
        try:
            restore_backup(backup, path)
        except OSError:
            log.exception("could not put back %s from %s", path, backup)
