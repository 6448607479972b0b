"""Journal commands: log, export, import, config, stats, restore.

Imported on every start to build the parser: only argparse/stdlib at module level; the store
(sqlite-utils) is imported inside the handlers.
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipdesk.cli import CliContext, CommandFailed, Handler, UsageError, open_journal
from hipdesk.core.clock import Clock, SystemClock

if TYPE_CHECKING:
    pass

ORDER = 10
MAX_FUTURE = timedelta(days=1)
MAX_SITTING = timedelta(hours=24)
make_clock: Callable[[], Clock] = SystemClock  # tests may swap in a FakeClock


def register(sub: Any) -> None:
    log = sub.add_parser("log", help="add a pain entry or a sitting stretch to the journal")
    what = log.add_subparsers(dest="log_what", metavar="WHAT")
    pain = what.add_parser("pain", help="log back pain now (or --at a time); prints its id")
    pain.add_argument("score", metavar="SCORE", help="back pain 0–10")
    pain.add_argument("--leg", metavar="N", help="leg pain 0–10")
    pain.add_argument("--hip-groin", action="store_true", help="hip or groin discomfort")
    pain.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="R",
        help="body region (repeatable), e.g. lower_back, hip_left",
    )
    pain.add_argument("--note", metavar="TEXT", help="a short note (≤ 2000 characters)")
    pain.add_argument("--at", metavar="ISO8601", help="when (default now; local if no offset)")
    pain.set_defaults(handler=_log_pain)
    sit = what.add_parser("sitting", help="record a sitting stretch you forgot to track")
    sit.add_argument("--start", required=True, metavar="ISO8601")
    sit.add_argument("--end", required=True, metavar="ISO8601")
    sit.set_defaults(handler=_log_sitting)

    exp = sub.add_parser("export", help="export the journal as JSON or CSV")
    exp.add_argument("--format", choices=("json", "csv"), default="json")
    exp.add_argument(
        "--output", metavar="PATH", help="JSON file (default stdout) or CSV folder; '-' for stdout"
    )
    exp.add_argument("--table", action="append", metavar="T", help="only this table (repeatable)")
    exp.add_argument("--include-settings", action="store_true", help="JSON: add your settings")
    exp.set_defaults(handler=_export)

    imp = sub.add_parser("import", help="import a hipdesk JSON export (all or nothing)")
    imp.add_argument("path", metavar="PATH")
    imp.set_defaults(handler=_import)

    cfg = sub.add_parser("config", help="show or change settings")
    act = cfg.add_subparsers(dest="config_action", metavar="ACTION")
    act.add_parser("list", help="every setting and its value").set_defaults(handler=_config_list)
    get = act.add_parser("get", help="one setting's value (JSON)")
    get.add_argument("key", metavar="KEY")
    get.set_defaults(handler=_config_get)
    put = act.add_parser("set", help="change a setting, e.g. breaks.threshold_minutes 45")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE", help="JSON or a bare word (true, dark)")
    put.set_defaults(handler=_config_set)

    st = sub.add_parser("stats", help="per-day sitting, breaks, routines and pain")
    st.add_argument("--days", default="14", metavar="N", help="how many days up to today (14)")
    st.add_argument("--json", action="store_true", help="machine-readable output")
    st.set_defaults(handler=_stats)

    res = sub.add_parser("restore", help="set a damaged journal aside and restore a backup")
    res.add_argument("--from", dest="backup", metavar="PATH", help="this backup (default newest)")
    res.set_defaults(handler=_restore)


# ---- helpers ------------------------------------------------------------------------------


def _journal_errors(handler: Handler) -> Handler:
    """Known journal problems → one line, exit 1 (CommandFailed)."""

    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace, ctx: CliContext) -> int:
        from hipdesk.store.db import JournalError

        try:
            return handler(args, ctx)
        except JournalError as exc:
            raise CommandFailed(exc.one_line()) from None

    return wrapper


def _whole(name: str, text: str, lo: int, hi: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"{name}: expected a whole number {lo}–{hi}, got {text!r}") from None
    if not lo <= value <= hi:
        raise UsageError(f"{name}: {value} is out of range {lo}–{hi}")
    return value


def _moment(name: str, text: str, clock: Clock) -> datetime:
    """An ISO time; without an offset it means local time here. Not more than a day ahead."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{name}: {text!r} is not an ISO-8601 time") from None
    moment = moment.astimezone() if moment.tzinfo is None else moment
    if moment - clock.now() > MAX_FUTURE:
        raise UsageError(f"{name}: {text} is more than 1 day in the future")
    return moment


def _record(make: Callable[[], Any]) -> Any:
    from hipdesk.core.models import ValidationError

    try:
        return make()
    except ValidationError as exc:
        raise UsageError(str(exc)) from None


# ---- handlers -----------------------------------------------------------------------------


@_journal_errors
def _log_pain(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk.core.models import BODY_REGIONS, PainEntry, new_uuid, stamp

    clock = make_clock()
    back = _whole("SCORE", args.score, 0, 10)
    leg = None if args.leg is None else _whole("--leg", args.leg, 0, 10)
    for region in args.region:
        if region not in BODY_REGIONS:
            raise UsageError(f"--region: {region!r} is unknown (one of {', '.join(BODY_REGIONS)})")
    when = stamp(_moment("--at", args.at, clock) if args.at else clock.now().astimezone())
    entry = _record(
        lambda: PainEntry(
            new_uuid(),
            *when,
            back=back,
            leg=leg,
            hip_groin=args.hip_groin,
            regions=tuple(args.region),
            note=args.note,
            context="manual",
        )
    )
    with open_journal(ctx, clock, write=True) as journal:
        saved = journal.add(entry)
    ctx.stdout.write(f"saved pain entry {saved.id} ({saved.uuid})\n")
    return 0


@_journal_errors
def _log_sitting(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk.core.models import SittingSpan, new_uuid, stamp, utc_text

    clock = make_clock()
    start = _moment("--start", args.start, clock)
    end = _moment("--end", args.end, clock)
    if end <= start:
        raise UsageError(f"--end: {args.end} is not after --start {args.start}")
    if end - start > MAX_SITTING:
        raise UsageError("--end: a sitting stretch longer than 24 hours is not plausible")
    when = stamp(start)
    span = _record(
        lambda: SittingSpan(
            new_uuid(), *when, ended_at=utc_text(end), source="manual", ended_by="manual"
        )
    )
    with open_journal(ctx, clock, write=True) as journal:
        saved = journal.add(span)
    minutes = (end - start).total_seconds() / 60
    ctx.stdout.write(f"saved sitting span {saved.id} ({minutes:.0f} min, {saved.uuid})\n")
    return 0


@_journal_errors
def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk import __version__
    from hipdesk.store import exchange
    from hipdesk.store.records import TABLES

    for table in args.table or ():
        if table not in TABLES:
            raise UsageError(f"--table: {table!r} is unknown (one of {', '.join(TABLES)})")
    if args.format == "csv":
        if args.output is None:
            raise UsageError("--output: CSV needs a folder (or '-' with one --table for stdout)")
        if args.output == "-" and len(args.table or ()) > 1:
            raise UsageError("--output: '-' writes a single table; give one --table")
    clock = make_clock()
    with open_journal(ctx, clock, write=False) as journal:
        if args.format == "json":
            doc = exchange.export_document(
                journal,
                app_version=__version__,
                include_settings=args.include_settings,
                tables=args.table,
            )
            if args.output in (None, "-"):
                exchange.write_json(doc, ctx.stdout)
                return 0
            target = Path(args.output)
            _write_file(target, lambda fh: exchange.write_json(doc, fh))
            rows = sum(len(v) for v in doc["tables"].values())
            ctx.stdout.write(f"exported {rows} rows to {target}\n")
        elif args.output == "-":
            exchange.write_csv_table(journal, (args.table or ["pain_entries"])[0], ctx.stdout)
        else:
            try:
                counts = exchange.export_csv(journal, Path(args.output), args.table)
            except OSError as exc:
                raise UsageError(f"--output: cannot write {args.output} ({exc.strerror})") from None
            ctx.stdout.write(f"exported {_counts(counts)} to {args.output}\n")
    return 0


def _write_file(target: Path, write: Callable[[Any], None]) -> None:
    """Write via a private temp file and rename: never a half-written export."""
    tmp = target.with_name(target.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            tmp.chmod(0o600)
            write(fh)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"--output: cannot write {target} ({exc.strerror})") from None


def _counts(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    detail = ", ".join(f"{name} {n}" for name, n in counts.items() if n)
    return f"{total} rows" + (f" ({detail})" if detail else "")


@_journal_errors
def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk.store import exchange

    path = Path(args.path)
    try:
        doc = exchange.read_document(path)
    except exchange.ExchangeError as exc:
        raise UsageError(f"{path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not valid JSON (line {exc.lineno} column {exc.colno})") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror})") from None
    with open_journal(ctx, make_clock(), write=True) as journal:
        try:
            result = exchange.import_document(journal, doc)
        except exchange.ExchangeError as exc:
            raise UsageError(str(exc)) from None
    line = f"imported {_counts(result.added)}; {result.total_skipped} already present"
    if result.settings:
        line += f"; {result.settings} settings"
    ctx.stdout.write(line + "\n")
    return 0


@_journal_errors
def _config_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk.store.settings import Settings

    with open_journal(ctx, make_clock(), write=False) as journal:
        for key, value in Settings(journal).items():
            ctx.stdout.write(f"{key} = {json.dumps(value)}\n")
    return 0


@_journal_errors
def _config_get(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk.store.settings import SPECS, Settings

    if args.key not in SPECS:
        raise UsageError(f"{args.key}: unknown setting (see `hipdesk config list`)")
    with open_journal(ctx, make_clock(), write=False) as journal:
        ctx.stdout.write(json.dumps(Settings(journal).get(args.key)) + "\n")
    return 0


@_journal_errors
def _config_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk.store.settings import SettingError, Settings, parse_text

    try:
        value = parse_text(args.key, args.value)
    except SettingError as exc:
        raise UsageError(str(exc)) from None
    with open_journal(ctx, make_clock(), write=True) as journal:
        stored = Settings(journal).set(args.key, value)
    ctx.stdout.write(f"{args.key} = {json.dumps(stored)}\n")
    return 0


@_journal_errors
def _stats(args: argparse.Namespace, ctx: CliContext) -> int:
    days = _whole("--days", args.days, 1, 36500)
    with open_journal(ctx, make_clock(), write=False) as journal:
        rows = journal.daily_stats(days)
    if args.json:
        json.dump([r.as_dict() for r in rows], ctx.stdout, indent=None)
        ctx.stdout.write("\n")
        return 0
    ctx.stdout.write(
        f"{'day':<10} {'sitting':>8} {'prompts':>7} {'taken':>5} {'skipped':>7} "
        f"{'routine':>7} {'pain':>5} {'max':>3} {'n':>2}\n"
    )
    for r in rows:
        mean = "-" if r.pain_mean is None else f"{r.pain_mean:.1f}"
        top = "-" if r.pain_max is None else str(r.pain_max)
        ctx.stdout.write(
            f"{r.day:<10} {r.sitting_minutes:>8.0f} {r.breaks_prompted:>7} {r.breaks_taken:>5} "
            f"{r.breaks_skipped:>7} {r.routine_minutes:>7.0f} {mean:>5} {top:>3} "
            f"{r.pain_count:>2}\n"
        )
    return 0


@_journal_errors
def _restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from hipdesk.store.db import restore_from_backup

    paths = ctx.paths.ensure()
    chosen = Path(args.backup) if args.backup else None
    if chosen is not None and not chosen.is_file():
        raise UsageError(f"--from: {chosen} is not a file")
    aside, restored = restore_from_backup(
        paths.journal, paths.backup_dir, make_clock().now(), backup=chosen
    )
    if aside is not None:
        ctx.stdout.write(f"moved the current journal aside to {aside}\n")
    if restored is None:
        ctx.stdout.write("no good backup found: the next start begins a fresh journal\n")
    else:
        ctx.stdout.write(f"restored {restored}\n")
    return 0
