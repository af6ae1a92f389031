"""Flexpolis knowledge, Dutch input normalisation and the coverage checker (pure Python)."""
