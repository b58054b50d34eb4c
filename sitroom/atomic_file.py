"""Writing a file so that it appears only when complete, without replacing what its name stands for.

    with atomic_path("out/pakistan.csv") as temp:   # a new file beside the target
        write_everything_to(temp)
    # the target now holds it; on an exception it is untouched and the temporary file is gone

The name given may be a symbolic link: the file it points to is written and the link stays a
link.  A name that stands for something other than a regular file (a FIFO, a device node such
as /dev/null, a directory, a socket) is refused with ``NotRegularFile``, because replacing it
would destroy it.  A new file gets the permissions the umask gives (0666 & ~umask, and any
default ACL of the folder); a file that is overwritten keeps its permissions (and, where the
process may set them, its owner and group).
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class NotRegularFile(ValueError):
    """An output name that stands for something other than a regular file."""

    def __init__(self, path: str, kind: str):
        self.path = path
        self.kind = kind
        super().__init__(
            f"{path} is {kind}, not a regular file, and writing the output would replace it; "
            "give the name of a regular file (a new one, or one to overwrite), or - for standard output")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def writable_target(output: str | os.PathLike) -> tuple[Path, os.stat_result | None]:
    """The file that writing ``output`` replaces (symbolic links followed) and its status, None
    when it does not exist yet; ``NotRegularFile`` when it is something else than a file."""
    target = Path(os.path.realpath(os.fspath(output)))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target, None
    if not stat.S_ISREG(status.st_mode):
        raise NotRegularFile(os.fspath(output), _kind(status.st_mode))
    return target, status


def check_output(output: str | os.PathLike) -> None:
    """Refuse early (``NotRegularFile``) an output that ``atomic_path`` would refuse."""
    writable_target(output)


def _new_temporary(target: Path, mode: int) -> Path:
    """An empty file beside ``target``, created with ``mode`` (the umask and a default ACL apply)."""
    folder = target.parent
    for _ in range(100):
        temp = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"cannot create a temporary file in {folder}")


def _keep_status(temp: Path, status: os.stat_result) -> None:
    """Give ``temp`` the permissions (and, where allowed, the owner) of the file it replaces."""
    mine = os.stat(temp)
    if hasattr(os, "chown") and (status.st_uid, status.st_gid) != (mine.st_uid, mine.st_gid):
        try:
            os.chown(temp, status.st_uid, status.st_gid)
        except OSError:
            pass  # only the owner may be kept by whoever may set it; the permissions are what matter
    os.chmod(temp, stat.S_IMODE(status.st_mode))


@contextmanager
def atomic_path(output: str | os.PathLike) -> Iterator[Path]:
    """A temporary file beside the file ``output`` names, that replaces it (``os.replace``) only
    if the block completes; see the module's description for links, special files and modes."""
    target, status = writable_target(output)
    # a new file: 0666 less the umask, as for any new file; a replacement stays private until it
    # takes the permissions of the file it replaces
    temp = _new_temporary(target, 0o666 if status is None else 0o600)
    try:
        yield temp
        if status is not None:
            _keep_status(temp, status)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
