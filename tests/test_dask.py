"""The same job on a Dask cluster (a LocalCluster of two worker processes): the same documents,
file and store as one process, from Python and from the command line."""

import os
from dataclasses import replace

import pytest

try:
    from distributed import Client, LocalCluster
except ImportError:  # pragma: no cover - depends on the machine
    if os.environ.get("CI"):
        pytest.fail("the Dask tests need dask.distributed; .ci/run installs it (the test extra)", pytrace=False)
    pytest.skip("the Dask tests need dask.distributed (pip install 'sitroom[dask]')", allow_module_level=True)

from sitroom.api import pipe, warm_up  # noqa: E402
from sitroom.pipeline import EVENT_STAGES  # noqa: E402
from sitroom.settings import Settings  # noqa: E402
from sitroom.store.api import open_store  # noqa: E402

from .store_helpers import AIRSTRIKE, PROTEST, TWO_CLASHES, write_jsonl  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as running:
        yield running


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask-news")
    write_jsonl(folder / "news.jsonl", AIRSTRIKE, TWO_CLASHES, PROTEST)
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 4)
    return folder


def _coded(folder, settings):
    return [(d.skip.code if d.skip else None, [e.to_dict() for e in d.events])
            for d in pipe([folder], stages=EVENT_STAGES, settings=settings)]


def test_a_dask_cluster_codes_what_one_process_codes(cluster, news):
    settings = Settings(published="2024-06-14")
    warm_up(settings)
    with Client(cluster) as client:
        assert _coded(news, replace(settings, dask=client)) == _coded(news, settings)


def test_ingest_on_dask_stores_what_one_process_stores(cluster, news, tmp_path):
    counts = {}
    for name, dask in (("one", None), ("dask", cluster.scheduler_address)):
        with open_store(str(tmp_path / f"{name}.db")) as store:
            first = store.ingest([news], dask=dask)
            again = store.ingest([news], dask=dask)
            events = sorted((e["event_id"], e["fatalities"], e["incident_id"]) for e in store.events(modality="all"))
        assert again.articles_added == 0
        counts[name] = (first.articles_added, first.events_added, events)
    assert counts["one"] == counts["dask"]


def test_extract_on_dask_from_the_command_line(cluster, news, tmp_path, cli):
    outputs = []
    for extra in ([], ["--dask", cluster.scheduler_address]):
        out = tmp_path / f"events{len(extra)}.jsonl"
        result = cli("extract", str(news), "-o", str(out), "--published", "2024-06-14", *extra)
        assert result.exit_code in (0, 1), result.stderr  # 1: the binary file was skipped
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0]


def test_a_scheduler_that_does_not_answer_is_a_clear_error(news, tmp_path, cli):
    result = cli("extract", str(news), "-o", str(tmp_path / "x.jsonl"), "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 2 and "Dask scheduler" in result.stderr
