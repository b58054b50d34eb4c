"""Progress bar and closing summary for long runs, on standard error."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..document import Document
from ..report import RunReport

SHOW_SKIPS = 20


class ProgressReport(RunReport):
    """A RunReport that moves a progress bar: one step per input source."""

    def __init__(self, total_sources: int | None, enabled: bool, console: Console):
        super().__init__()
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[articles]} articles, {task.fields[skipped]} skipped"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not enabled,
        )
        self.task = self.progress.add_task("reading", total=total_sources, articles=0, skipped=0)

    def begin_source(self, name: str) -> None:
        if self.sources:
            self.progress.advance(self.task)
        super().begin_source(name)

    def add(self, doc: Document) -> None:
        super().add(doc)
        self.progress.update(self.task, articles=self.articles, skipped=len(self.skips))

    def __enter__(self) -> "ProgressReport":
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.sources:
            self.progress.advance(self.task)
        self.progress.stop()


LOAD_WORTH_SAYING = 0.1  # seconds of one-off loading the summary mentions


def print_summary(report: RunReport, console: Console, output: str, skipped_file: str | None,
                  command: str = "articles", events: int | None = None,
                  stored: list[tuple[str, str]] | None = None, notes: list[str] = ()) -> None:
    """The run's one closing table; ``stored``: what a store took in (ingest), in place of what
    was written; ``notes``: lines printed under the table."""
    table = Table(title=f"sitroom {command}", show_header=False, title_justify="left")
    if stored is not None:
        table.add_row("store", output)
    table.add_row("inputs read", str(report.sources))
    table.add_row("documents found", str(report.documents))
    if stored is not None:
        for label, value in stored:
            table.add_row(label, value)
    elif events is None:
        table.add_row("articles written", f"{report.articles} -> {output}")
    else:
        table.add_row("articles coded", str(report.articles))
        table.add_row("events written", f"{events} -> {output}")
    table.add_row("boilerplate lines removed", str(report.removed_lines))
    table.add_row("skipped", str(len(report.skips)))
    for code, count in report.skipped_by_code.most_common():
        table.add_row(f"  {code}", str(count))
    if report.warnings:
        table.add_row("warnings", str(len(report.warnings)))
    table.add_row("time", f"{report.elapsed:.2f} s ({report.rate:.1f} documents/s)")
    loads = {what: seconds for what, seconds in report.loads.items() if seconds >= LOAD_WORTH_SAYING}
    if loads:
        said = ", ".join(f"{what} {seconds:.1f} s" for what, seconds in loads.items())
        table.add_row("loaded once", f"{said} (not counted in the rate)")
    console.print(table)
    for note in notes:
        console.print(Text(note))
    for warning in report.warnings[:SHOW_SKIPS]:
        console.print(Text.assemble(("warning ", "yellow"), warning), soft_wrap=True)
    for skip in report.skips[:SHOW_SKIPS]:
        where = f" [{skip.locator}]" if skip.locator else ""
        console.print(Text.assemble(("skipped ", "yellow"), f"{skip.source_path}{where}: {skip.reason}"), soft_wrap=True)
    hidden = len(report.skips) - SHOW_SKIPS
    if hidden > 0:
        tail = f"all skips are in {skipped_file}" if skipped_file else "write them all with --skipped FILE"
        console.print(f"... and {hidden} more skipped; {tail}")
