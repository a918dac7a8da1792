"""Each feature's wiring, one module each: what it adds to the window and what it needs.

A feature module's ``install(context, ...)`` takes the
:class:`~assist_desk.context.FeatureContext` and, as typed arguments, the other
features it uses; it returns its own feature object (or nothing). Only the
composition root, :func:`assist_desk.app.AppContext.finish_startup`, calls them, in
this order: portal, content, appointments, flows, about, places, kiosk.

Installing is cheap: screens are built when first shown and heavy modules load
inside the factories, after the first frame.
"""
