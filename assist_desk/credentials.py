"""Secrets (mediator PIN hash, service tokens) through the OS keyring only.

Placeholder module: the credential store is built by the kiosk issue.
"""
