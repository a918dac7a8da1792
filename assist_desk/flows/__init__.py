"""Qt-free guided flows: wizard steps, guards, and what comes next."""
