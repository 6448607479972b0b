"""``hipdesk drills`` and ``hipdesk routines``: list the built-in catalogue.

Only light standard-library imports at module level; the catalogue loads inside the handlers.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hipdesk.cli import CliContext
    from hipdesk.core.catalogue import Catalogue

ORDER = 20


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    drills = subparsers.add_parser(
        "drills", help="list the drills", description="List every drill in the catalogue."
    )
    drills.add_argument("--json", action="store_true", help="print a JSON list instead")
    drills.set_defaults(handler=cmd_drills)
    routines = subparsers.add_parser(
        "routines", help="list the routines", description="List every routine in the catalogue."
    )
    routines.add_argument("--json", action="store_true", help="print a JSON list instead")
    routines.set_defaults(handler=cmd_routines)


def _catalogue() -> Catalogue:
    from hipdesk.cli import CommandFailed
    from hipdesk.core.catalogue import CatalogueError, load_catalogue

    try:
        return load_catalogue()
    except CatalogueError as exc:  # a broken install: one line, exit 1
        raise CommandFailed(f"catalogue is damaged: {exc}") from None


def _minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]  # fmt: skip
    return "\n".join(lines) + "\n"


def drills_as_json(cat: Catalogue) -> list[dict[str, Any]]:
    return [
        {
            "slug": d.slug,
            "name": d.name,
            "group": d.group,
            "position": d.position,
            "props": list(d.props),
            "sides": d.sides,
            "dose": d.dose.as_dict(),
            "default_seconds": d.default_seconds,
        }
        for d in cat.drills.values()
    ]


def routines_as_json(cat: Catalogue) -> list[dict[str, Any]]:
    return [
        {
            "slug": r.slug,
            "name": r.name,
            "total_seconds": r.total_seconds,
            "steps": [
                {
                    "drill": s.drill,
                    "dose": s.dose.as_dict(),
                    "seconds": s.seconds,
                    "rest_after_seconds": s.rest_after_seconds,
                }
                for s in r.steps
            ],
        }
        for r in cat.routines.values()
    ]


def _dose_text(dose: Any, sided: bool) -> str:
    each = " each side" if sided else ""
    sets = f"{dose.sets} × " if dose.sets > 1 else ""
    if dose.type in ("reps", "breaths"):
        return f"{sets}{dose.reps} {dose.type}{each}"
    if dose.type == "hold":
        return f"{sets}{dose.seconds} s hold{each}"
    return f"{dose.seconds} s"


def cmd_drills(args: argparse.Namespace, ctx: CliContext) -> int:
    cat = _catalogue()
    if args.json:
        json.dump(drills_as_json(cat), ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 0
    rows = [("SLUG", "NAME", "GROUP", "POSITION", "PROPS", "DOSE", "TIME")]
    rows += [
        (d.slug, d.name, d.group, d.position, ",".join(d.props) or "-",
         _dose_text(d.dose, d.sided), _minutes(d.default_seconds))
        for d in cat.drills.values()
    ]  # fmt: skip
    ctx.stdout.write(_table(rows))
    ctx.stdout.write(f"{len(cat.drills)} drills\n")
    return 0


def cmd_routines(args: argparse.Namespace, ctx: CliContext) -> int:
    cat = _catalogue()
    if args.json:
        json.dump(routines_as_json(cat), ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 0
    rows = [("SLUG", "NAME", "TIME", "STEPS")]
    rows += [
        (r.slug, r.name, _minutes(r.total_seconds), ", ".join(s.drill for s in r.steps))
        for r in cat.routines.values()
    ]
    ctx.stdout.write(_table(rows))
    ctx.stdout.write(f"{len(cat.routines)} routines\n")
    return 0
