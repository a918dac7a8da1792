"""assist_desk: a desktop assistant for French digital help points.

The package is split in two: a Qt-free core (settings, models, portal client,
flows, content, places, credentials, training portal) and a thin Qt layer
(controllers, views). An import-linter contract in pyproject.toml keeps them
apart.
"""

__version__ = "0.1.0"
