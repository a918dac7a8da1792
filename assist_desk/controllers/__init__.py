"""QObjects between the Qt-free core and the views (signals ``sig_*``, async slots)."""
