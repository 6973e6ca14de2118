"""Process-wide tuning applied once the application is loaded."""

import gc


def startup_heap_freeze() -> None:
    """Move every object alive after start-up (Django, Wagtail, our modules: most of the
    heap, and never freed) out of the garbage collector's reach. Each collection then walks
    only what requests create: a 100,000-row export ran ~15 % faster in
    tests/bench/export_bench.py. Call it after django.setup(), once per process."""
    gc.collect()
    gc.freeze()
