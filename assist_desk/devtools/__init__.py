"""Tools for developers and tests: never needed to run the application."""
