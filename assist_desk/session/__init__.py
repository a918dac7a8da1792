"""A citizen's session at the desk, one module per job, none of them knowing the others:

* :mod:`.idle`: inactivity, then a warning with a countdown, then expiry;
* :mod:`.lockdown`: a kiosk keeps the citizen inside the application;
* :mod:`.wipe`: the generic parts of the session wipe (open dialogs, every input
  widget, the clipboard), which ``FeatureContext.wipe_session`` runs after each
  screen's own ``clear_citizen_data``;
* :mod:`.tempdir`: the only folder where a citizen's temporary files may be written.

The wiring into the running application (attract screen, mediator sign-in, mode
switching) is :mod:`assist_desk.features.kiosk`.
"""
