"""Benchmark harness: ``make bench`` (or ``python -m bench [NAME ...]``).

Benchmarks are not tests: they print figures and ratios against a baseline
measured in the same run, so a noisy machine affects both sides alike.
Each module in :data:`BENCHMARKS` exposes ``run(args) -> list[str]`` (lines to print).
"""

BENCHMARKS: dict[str, str] = {
    "startup": "bench.startup",
    "startup_instructions": "bench.startup_instructions",
    "settled_memory": "bench.settled_memory",
    "design_floor": "bench.design_floor",
    "content_search": "bench.content_search",
    "portal_load": "bench.portal_load",
    "portal_slowbody": "bench.portal_slowbody",
    "portal_crash": "bench.portal_crash",
    "bundle": "bench.bundle",
    "places": "bench.places",
    "places_memory": "bench.places_memory",
    "lag_probe": "bench.lag_probe",
    "wipe": "bench.wipe",
    "kiosk_restart": "bench.kiosk_restart",
    "browser": "bench.browser",
    "wizard_opening": "bench.wizard_opening",
}
