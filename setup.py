"""Builds sitroom, compiling the event coder (sitroom/coder) to C with mypyc where it can.

The coder is plain typed Python; mypyc turns it into C extensions that run the same code
about 1.4x faster. When mypyc or a C compiler is missing, or ``SITROOM_PURE_PYTHON=1`` is set,
the build goes on without them and sitroom runs its sources. Beside the extensions the build
writes ``compiled.json``, the digest of every source it compiled, so that an edited source is
never shadowed by an old extension (``sitroom/compiled.py``). docs/design.md, "Compiled coder".
"""

import importlib.util
import json
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# the runtime's own record format, read from its file: sitroom itself cannot be imported here
_spec = importlib.util.spec_from_file_location("sitroom_compiled", Path(__file__).parent / "sitroom" / "compiled.py")
assert _spec is not None and _spec.loader is not None
compiled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compiled)

CODER = Path("sitroom/coder")
GROUP = "sitroom.coder.compiled"  # the shared library of the compiled modules: sitroom/coder/compiled__mypyc.*


def coder_sources() -> list[Path]:
    return sorted(p for p in CODER.glob("*.py") if p.name != "__init__.py")


class BuildCoder(build_ext):
    """Builds the extensions; records the sources only when every one of them was built."""

    def run(self) -> None:
        super().run()
        if not self.extensions:
            return
        outputs = [Path(self.get_ext_fullpath(ext.name)) for ext in self.extensions]
        target = outputs[0].parent
        if not all(p.exists() for p in outputs):
            for p in outputs:  # a partial build would import half a group: leave none of it
                p.unlink(missing_ok=True)
            print("sitroom: the coder was not compiled; it runs from its sources", file=sys.stderr)
            return
        record = {p.name: compiled.source_digest(p) for p in coder_sources()}
        target.mkdir(parents=True, exist_ok=True)
        (target / compiled.MANIFEST).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


def extensions() -> list:
    if compiled.pure_requested():
        return []
    try:
        from mypyc.build import mypycify

        exts = mypycify(["--ignore-missing-imports", "--follow-imports=silent", *map(str, coder_sources())],
                        opt_level="3", group_name=GROUP)
    except Exception as exc:  # noqa: BLE001 - whatever stops mypyc, the sources still run
        print(f"sitroom: the coder stays pure Python: mypyc failed ({exc})", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # a compiler error is a warning, and BuildCoder cleans up
    return exts


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildCoder})
