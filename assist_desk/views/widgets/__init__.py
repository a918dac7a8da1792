"""Reusable widgets of the design system (one small module each)."""
