"""Consolidation: reports of the same incident become one incident (see ``incidents.py``)."""
