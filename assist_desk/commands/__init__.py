"""Sub-commands of ``assist-desk``. Each module registers its own parser.

A module here must stay cheap to import: argparse definitions only, the real
work imported inside its ``run`` function, so that ``assist-desk`` (the GUI)
starts fast.
"""

#: Modules under ``assist_desk.commands`` that define a sub-command.
COMMAND_MODULES: tuple[str, ...] = ("content", "sandbox", "places", "tour", "pin", "ants_tokens")
