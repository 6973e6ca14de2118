"""Exports of completion records: canonical CSV/XLSX/JSON and the corporate-LMS presets."""

from .presets import PRESETS, Preset, preset_get
from .run import ExportRun

__all__ = ["PRESETS", "ExportRun", "Preset", "preset_get"]
