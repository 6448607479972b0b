"""Command line: global options, sub-command registry and dispatch.

Each sub-command lives in a module under ``hipdesk.commands`` that exposes
``register(subparsers)``; the handler it sets with ``set_defaults(handler=...)`` receives
``(args, ctx)`` and returns an exit code. Handlers import heavy modules (sqlite-utils, Qt)
inside the function so ``hipdesk --help`` stays instant.

Contract: bad input -> exit 2 and one line on stderr, no traceback, nothing written.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import IO, TYPE_CHECKING, NoReturn

from hipdesk import APP_NAME, __version__
from hipdesk.paths import AppPaths, resolve

if TYPE_CHECKING:
    from hipdesk.core.clock import Clock
    from hipdesk.store.journal import Journal

# Sub-command modules are discovered in hipdesk/commands/; each may set ORDER (int) to place
# its commands in --help (journal 10: log/export/import/config/stats, catalogue 20, doctor 90).

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input from the user: reported as one line on stderr with exit status 2."""


class CommandFailed(Exception):  # noqa: N818  (reads better at raise sites)
    """The command could not do its job (e.g. journal unreadable): one line, exit status 1."""


@dataclass
class CliContext:
    paths: AppPaths
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)


Handler = Callable[[argparse.Namespace, CliContext], int]


def open_journal(ctx: CliContext, clock: Clock, *, write: bool) -> Journal:
    """The journal for a command (the store is imported here, not when parsing); ``write``
    also takes the day's backup. Known problems raise CommandFailed: one line, exit 1."""
    from hipdesk.store.db import JournalError
    from hipdesk.store.journal import Journal

    paths = ctx.paths.ensure()
    try:
        return Journal.open(paths.journal, clock, backup_dir=paths.backup_dir, daily_backup=write)
    except JournalError as exc:
        raise CommandFailed(exc.one_line()) from None


class _Parser(argparse.ArgumentParser):
    """argparse prints usage + message; we want exactly one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="Hip mobility breaks, guided routines and a private pain journal. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="folder for the journal, settings and logs "
        "(default: the platform's user data dir; env HIPDESK_DATA_DIR)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to stderr")
    gui = parser.add_argument_group("desktop app")
    gui.add_argument("--minimized", action="store_true", help="start in the tray only")
    gui.add_argument(
        "--quit-after-ms",
        type=_non_negative_int,
        metavar="N",
        help="quit N ms after the window is shown (scripts, smoke tests)",
    )
    gui.add_argument("--page", metavar="NAME", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in command_modules():
        module.register(sub)
    return parser


def command_modules() -> list[ModuleType]:
    import pkgutil

    from hipdesk import commands

    found = [
        importlib.import_module(f"{commands.__name__}.{info.name}")
        for info in pkgutil.iter_modules(commands.__path__)
        if not info.name.startswith("_")
    ]
    return sorted(found, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def run(
    args: argparse.Namespace, stdout: IO[str] | None = None, stderr: IO[str] | None = None
) -> int:
    """Run a parsed sub-command; turn known errors into one-line messages."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:  # a command group such as `log` without its sub-command
        err.write(f"{APP_NAME}: error: '{args.command}' needs a sub-command; see --help\n")
        return EXIT_USAGE
    import logging

    if getattr(args, "verbose", False):
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    else:  # a command reports through its own output; library warnings stay out of stderr
        logging.getLogger().addHandler(logging.NullHandler())
    ctx = CliContext(paths=resolve(args.data_dir), stdout=out, stderr=err)
    try:
        return handler(args, ctx)
    except UsageError as exc:
        err.write(f"{APP_NAME}: error: {exc}\n")
        return EXIT_USAGE
    except CommandFailed as exc:
        err.write(f"{APP_NAME}: {exc}\n")
        return EXIT_FAILURE
    except BrokenPipeError:  # `hipdesk export ... | head`
        return EXIT_OK


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
