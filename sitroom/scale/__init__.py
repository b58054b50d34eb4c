"""Scale-out: the per-document stages on several local processes (and, later, a Dask cluster)."""
