"""The portal API client (httpx), Qt-free."""
