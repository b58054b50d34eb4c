"""Geocoding: an embedded gazetteer, GeoNames imports, and toponym resolution in context."""
