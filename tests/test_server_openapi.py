"""A property-based run over the OpenAPI description (schemathesis): every operation, with
generated valid and invalid parameters and bodies (and schemathesis's boundary cases), on a
read-only server and on one that takes writes with its token.

Every check holds but one: a filter that names a country or a place (``country=Atlantis``,
``near=Nowhere``) is a valid string by the schema and still names nothing, so the API answers
400 with what to give instead, where schemathesis's positive_data_acceptance check expects a
2xx; that check is left out, and those 400 answers are checked by tests/test_server_api.py.

The store is built when this module is imported (schemathesis reads the schema from the app
then), in a folder removed when the tests end."""

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

from sitroom.server import create_app  # noqa: E402

from .server_helpers import TOKEN, build_store  # noqa: E402

FOLDER = Path(tempfile.mkdtemp(prefix="sitroom-openapi-"))
atexit.register(shutil.rmtree, FOLDER, True)
READ = build_store(FOLDER)
WRITE = str(FOLDER / "writable.db")
shutil.copy(READ, WRITE)

read_only = schemathesis.openapi.from_asgi("/openapi.json", create_app(READ))
writable = schemathesis.openapi.from_asgi("/openapi.json", create_app(WRITE, write_token=TOKEN))
# derandomized: the same requests on every run, so CI is not a lottery
EXAMPLES = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                    derandomize=True)


@read_only.parametrize()
@EXAMPLES
def test_every_operation_of_a_read_only_server(case):
    case.call_and_validate(excluded_checks=[positive_data_acceptance])


@writable.include(method="POST").parametrize()
@EXAMPLES
def test_every_write_with_the_token(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=[positive_data_acceptance])
