"""Scale-out: the per-document stages on several local processes or on a Dask cluster (one job, job.py)."""

import os
import threading


def default_workers() -> int:
    """The commands' default ``--workers``: the cores this process may use, or 1 when the
    process already runs other threads (workers are forked, and a fork taken while another
    thread holds a lock can hang the worker)."""
    if threading.active_count() > 1:
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
