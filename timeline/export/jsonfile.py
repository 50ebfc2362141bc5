"""`timeline.json`, schema "timeline/1": the tool's public, documented output format.

Deterministic: the same chronology gives byte-identical text (key order fixed by the model,
no timestamps, non-ASCII kept as UTF-8).
"""

from __future__ import annotations

import json

from timeline.model import Chronology


def to_json(chronology: Chronology) -> str:
    return json.dumps(chronology.to_dict(), ensure_ascii=False, indent=2) + "\n"
