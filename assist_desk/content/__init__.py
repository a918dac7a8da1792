"""Offline content: FAQ, document checklists, fees, triage, search."""
