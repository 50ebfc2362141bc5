"""Everything people look at and embed: the Plotly figure, HTML pages and fragments, images.

`figure(chronology)` gives a plotly Figure (for notebooks and reports), `to_html` an offline
page or an embeddable `<div>`, `write_images` PNG/SVG/PDF through the system's Chromium.
plotly and kaleido load on first use, so importing this package costs nothing.
"""

from __future__ import annotations

from timeline.render.figure import figure
from timeline.render.html import to_html
from timeline.render.images import write_images

__all__ = ["figure", "to_html", "write_images"]
