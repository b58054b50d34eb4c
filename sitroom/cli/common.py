"""What the reading commands share: checking their options and closing the run."""

from __future__ import annotations

import typer
from rich.console import Console

from ..ingest.dates import parse_date

# Options every reading command takes (typer reads these defaults; one definition serves all).
INPUTS = typer.Argument(..., metavar="INPUT", help="Files, directories, URLs of feeds, or - for standard input "
                                                     "(one or more).")
PUBLISHED = typer.Option(None, "--published", metavar="DATE",
                         help="Publication date (YYYY-MM-DD) for articles whose input gives none.")
LANGUAGE = typer.Option(["en"], "--language", "-l", metavar="CODE", help="Language codes to keep (repeatable).")
ANY_LANGUAGE = typer.Option(False, "--any-language", help="Keep articles in every language.")
MAX_SIZE = typer.Option(20.0, "--max-size", metavar="MB", help="Largest single document, in MB.")
SKIPPED = typer.Option(None, "--skipped", metavar="FILE", help="Also write every skip as JSONL to this file.")
RECURSIVE = typer.Option(True, "--recursive/--no-recursive", help="Read directories recursively.")
FOLLOW_LINKS = typer.Option(
    False, "--follow-links", help="Walk into links to folders too (off: such links are skipped; loops are read once)."
)
PROGRESS = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr.")
STRICT = typer.Option(False, "--strict", help="Exit with status 1 if any input was skipped.")
WORKERS = typer.Option(None, "--workers", "-w", metavar="N", min=1, max=256, show_default=False,
                       help="Processes that read and code the news (1: this one alone). [default: the cores]")
DASK = typer.Option(None, "--dask", metavar="ADDRESS",
                    help="Code on a Dask cluster instead: its scheduler, tcp://HOST:8786 (every worker needs sitroom "
                         "with its dask extra).")
from ..settings import MB, Settings
from .output import open_output, write_jsonl
from .progress import ProgressReport, print_summary


def check_dask(address: str) -> None:
    """The Dask scheduler at ``address`` answers, or exit 2 saying what to do."""
    from ..scale.dask_cluster import DaskMissing, reachable

    try:
        reachable(address)
    except DaskMissing as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except (OSError, TimeoutError, ValueError) as exc:
        typer.echo(f"error: no Dask scheduler answers at {address} ({type(exc).__name__}: {exc}); start one "
                   "(dask scheduler; dask worker ADDRESS) or leave --dask out", err=True)
        raise typer.Exit(2) from None


def make_settings(published: str | None, language: list[str], any_language: bool, max_size: float,
                  recursive: bool, **extra) -> Settings:
    """Settings from the shared options, or a usage error that says what to write instead."""
    if extra.get("dask"):
        check_dask(extra["dask"])
    if published is not None and not parse_date(published):
        raise typer.BadParameter(f"{published!r} is not a date; write it as YYYY-MM-DD", param_hint="--published")
    from ..config import MAX_SIZE_MB

    if not 0 < max_size <= MAX_SIZE_MB:  # also refuses nan
        raise typer.BadParameter(f"must be more than 0 and at most {MAX_SIZE_MB:,} (MB)", param_hint="--max-size")
    if "workers" in extra and extra["workers"] is None:
        from ..scale import default_workers

        extra["workers"] = default_workers()
    return Settings(
        max_document_bytes=int(max_size * MB),
        languages=() if any_language else tuple(language),
        published=parse_date(published) if published else None,
        recursive=recursive,
        **extra,
    )


def finish(report: ProgressReport, console: Console, output: str, skipped: str | None, strict: bool,
           command: str = "articles", events: int | None = None, stored: list[tuple[str, str]] | None = None,
           notes: list[str] = ()) -> None:
    """Write the skips if asked, print the summary, and exit 1 when the run produced nothing."""
    if skipped:
        with open_output(skipped) as skip_out:
            for skip in report.skips:
                write_jsonl(skip_out, skip.to_dict())
    print_summary(report, console, output if output != "-" else "stdout", skipped, command, events, stored, notes)
    if (report.documents and not report.articles) or (strict and report.skips):
        raise typer.Exit(1)
