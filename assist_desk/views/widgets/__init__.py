"""Reusable widgets, apart from the screens that use them (as Picard's ``ui/widgets``).

A widget here knows nothing of a particular screen: layouts that wrap or reflow
(``flow_row``, ``reflow``, ``fit_scroll``), buttons that measure and wrap their text
(``measured_button``, ``wrap_button``), the kiosk's panels (``idle_warning``,
``phone_continue``), QR codes (``qr``) and the design system's parts (``alert``,
``term_hints``, ``vehicle_tax``). Widgets import nothing from the screens around them
(an import-linter contract forbids cycles): the kiosk's print panel, which prints
through ``views/printing.py``, stays beside it in ``views/``.
"""
