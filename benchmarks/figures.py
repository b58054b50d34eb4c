"""Writing a benchmark's figures: JSON on stdout, and to ``--json FILE`` when asked."""

from __future__ import annotations

import json
from pathlib import Path


def emit(figures: dict, path: str | None, indent: int = 2) -> int:
    text = json.dumps(figures, indent=indent)
    if path:
        Path(path).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0
