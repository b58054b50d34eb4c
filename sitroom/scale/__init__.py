"""Scale-out: the per-document stages on several local processes or on a Dask cluster (one job, job.py)."""
