"""Pre-application numbers and the ANTS appointment services (Qt-free).

- :mod:`~assist_desk.appointments.numbers`: the 10-character pre-application
  number, checked offline as the person types;
- :mod:`~assist_desk.appointments.client`: clients for the ANTS coordination
  API (``GET /status``) and the appointment hub (meeting points, slots,
  ``searchApplicationIds``, announcements), each needing an ANTS-issued token;
- :mod:`~assist_desk.appointments.service`: the facade the app uses, which
  falls back to explaining the statuses and handing off to the official
  appointment site whenever there is no token or a service fails.
"""
