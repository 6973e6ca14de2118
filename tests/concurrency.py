"""Races on real concurrent database connections (PostgreSQL; SQLite serialises writers)."""

import threading

from django.db import connections


def run_together(count, action):
    """Run `action` in `count` threads released at the same instant; return (results,
    errors). Each thread has its own database connection, closed when it ends."""
    barrier = threading.Barrier(count)
    results, errors = [], []
    lock = threading.Lock()

    def worker():
        try:
            barrier.wait(timeout=20)
            outcome = action()
            with lock:
                results.append(outcome)
        except Exception as error:  # collected and asserted by the test
            with lock:
                errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck (deadlock?)"
    return results, errors
