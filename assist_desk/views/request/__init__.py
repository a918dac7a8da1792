"""The New request and Terms re-acceptance screens."""
