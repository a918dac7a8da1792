"""Scene modules of the screen tour (see :mod:`assist_desk.tour`)."""
