"""The command line: progress on a terminal, summary, version, help."""

from __future__ import annotations

import io

from rich.console import Console

import sitroom.coder
from sitroom import __version__
from sitroom.api import pipe
from sitroom.cli.progress import ProgressReport, print_summary

from .conftest import ARTICLE


def test_progress_bar_and_summary_on_a_terminal(write):
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=120)
    with ProgressReport(2, True, console) as report:
        docs = list(pipe([write("a.txt", ARTICLE), write("b.txt", "")], report=report))
        report.progress.refresh()
        assert report.progress.tasks[0].completed == 1  # the second input is still open
    assert report.progress.tasks[0].completed == 2 and len(docs) == 2
    print_summary(report, console, "out.jsonl", None)
    shown = stream.getvalue()
    assert "1 articles, 1 skipped" in shown  # the progress line
    assert "articles written" in shown and "empty" in shown and "b.txt: empty file" in shown


def test_progress_off_when_asked(write):
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True)
    with ProgressReport(1, False, console) as report:
        list(pipe([write("a.txt", ARTICLE)], report=report))
    assert stream.getvalue() == ""


def test_many_skips_point_to_the_skipped_file(cli, write, tmp_path):
    paths = [str(write(f"e{i}.txt", "")) for i in range(25)]
    result = cli("articles", *paths, str(write("ok.txt", ARTICLE)), "-o", str(tmp_path / "o.jsonl"))
    assert "... and 5 more skipped; write them all with --skipped FILE" in result.stderr


def test_version_and_help(cli):
    assert cli("--version").stdout.strip() == f"sitroom {__version__} (coder: {sitroom.coder.RUNNING})"
    help_text = cli("articles", "--help").stdout
    assert "Exit status: 0 when the run completed" in help_text


def test_published_option_fills_only_missing_dates(cli, write, tmp_path):
    dated = write("dated.jsonl", '{"id": "d", "published": "2023-05-10", "text": ' + __import__("json").dumps(ARTICLE) + "}\n")
    undated = write("undated.txt", ARTICLE.replace("Bajaur", "Mohmand"))
    result = cli("articles", str(dated), str(undated), "--published", "2023-05-12", "-o", str(tmp_path / "p.jsonl"))
    assert result.exit_code == 0
    got = {r["doc_id"]: (r["published"], r["published_from"]) for r in result.records}
    assert got == {"d": ("2023-05-10", "record"), "undated": ("2023-05-12", "option")}
