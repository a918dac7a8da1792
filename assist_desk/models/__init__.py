"""Pydantic models shared by the portal API, its client and the training portal."""
