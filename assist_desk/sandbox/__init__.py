"""The training portal: a real HTTP server implementing the portal API."""
