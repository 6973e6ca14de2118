"""Dashboard panels that later features fill (certificates, points, tier).

Each feature registers a callable returning a small dict for the template, so the dashboard
view never imports those apps: `register(name, template, provider)`.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Panel:
    name: str
    template: str
    provider: Callable  # (request) -> dict | None; None hides the panel
    order: int = 100


_PANELS: dict[str, Panel] = {}


def register(panel: Panel) -> None:
    _PANELS[panel.name] = panel


def panels_for(request) -> list[tuple[Panel, dict]]:
    rendered = []
    for panel in sorted(_PANELS.values(), key=lambda p: p.order):
        data = panel.provider(request)
        if data is not None:
            rendered.append((panel, data))
    return rendered
