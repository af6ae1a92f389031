"""Complaint detector: one decision for every channel (see docs/complaints.md)."""
