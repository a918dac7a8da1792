"""Reusable widgets, apart from the screens that use them (as Picard's ``ui/widgets``).

A widget here knows nothing of a particular screen: layouts that wrap or reflow
(``flow_row``, ``reflow``), buttons that measure and wrap their text
(``measured_button``, ``wrap_button``), the kiosk's panels (``idle_warning``,
``phone_continue``, ``kiosk_print``) and QR codes (``qr``).
"""
