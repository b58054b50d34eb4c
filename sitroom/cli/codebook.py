"""``sitroom codebook check``: load every knowledge file and say what is wrong, by file and entry."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(help="The coder's knowledge files (sitroom/data): check them after an edit.", no_args_is_help=True)


def _loaders():
    """(file, loader, what to count) for every knowledge file the coder and geocoder read."""
    from ..coder import claims, places, quantities, when
    from ..coder.codebook import load_codebook
    from ..coder.rules import load_rules
    from ..coder.theatres import load_theatres
    from ..consolidate.rules import load_incident_rules
    from ..geo.abbreviations import abbreviations, postal_codes
    from ..geo.admin_names import word_lists
    from ..geo.aliases import load_aliases
    from ..geo.name_parts import name_parts
    from ..ingest.language import english_test

    return [
        ("codebook/ (countries, country_words, state, groups, institutions, generic)", load_codebook,
         lambda c: f"{len(c.countries)} countries, {len(c.index)} actor phrases"),
        ("codebook/event_rules.yaml", load_rules, lambda r: f"{len(r.rules)} rules, {len(r.index)} trigger phrases"),
        ("codebook/theatres.yaml", load_theatres, lambda t: f"{len(t)} theatres"),
        ("codebook/quantities.yaml", quantities.lexicon, lambda _: "loaded"),
        ("codebook/time_expressions.yaml", when.relative_phrases, lambda i: f"{len(i)} relative dates"),
        ("codebook/attribution.yaml", claims.cues, lambda _: "loaded"),
        ("codebook/places.yaml", places.cues, lambda _: "loaded"),
        ("incidents.yaml", load_incident_rules, lambda _: "loaded"),
        ("geo/aliases.yaml", load_aliases, lambda a: f"{len(a)} aliases"),
        ("geo/admin_names.yaml", word_lists, lambda w: f"{len(w[0])} English kind words"),
        ("geo/name_parts.yaml", name_parts,
         lambda p: f"{len(p.directions)} direction words, {len(p.local_features)} local feature words, "
                   f"{len(p.streets)} street words"),
        ("geo/state_abbreviations.yaml", abbreviations, lambda a: f"{len(a.meaning)} abbreviations"),
        ("geo/postal_codes.yaml", postal_codes, lambda c: f"{len(c)} postal codes"),
        ("english.yaml", english_test, lambda e: f"{len(e.function_words)} function words"),
    ]


@app.command("check")
def check() -> None:
    """Load every knowledge file; a mistake is named with its file and entry, and the exit
    status is 1. Run it after editing an actor, alias, trigger or theatre."""
    from ..knowledge import KnowledgeError

    console = Console()
    failed = 0
    for name, load, describe in _loaders():
        try:
            console.print(f"[green]ok[/green]     {name}: {describe(load())}")
        except KnowledgeError as exc:
            failed += 1
            console.print(f"[red]error[/red]  {exc}", highlight=False)
    if failed:
        console.print(f"{failed} file(s) need fixing; the coder will not start until they load.")
        raise typer.Exit(1)
