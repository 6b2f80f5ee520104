"""The report style: one look for every chart the kit draws, applied without side effects.

Charts are sized for an A4 page: :data:`FULL_WIDTH` (6.3 in, the text width of an A4 page
with 2.5 cm margins) is the default, :data:`COLUMN_WIDTH` (3.5 in) fits one column of a
two-column layout. Fonts are 9 pt at those sizes, so a chart placed at 100 % reads like the
report's own footnotes. Colours are the Okabe-Ito palette, which stays distinguishable for
the common forms of colour blindness and in greyscale print.

The settings are ``kit/resources/report.mplstyle``, a matplotlib style file, applied with
:func:`report_style`, a context manager around :func:`matplotlib.style.context`: inside the
``with`` block the kit's settings hold, after it the user's own ``rcParams`` are as before,
save interactive mode, which stays as the block left it (Jupyter's inline backend switches
it on with the first figure). Nothing here calls ``plt.style.use``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.style

__all__ = [
    "COLUMN_WIDTH",
    "DIVERGING",
    "FULL_WIDTH",
    "OKABE_ITO",
    "REPORT_RC",
    "SEQUENTIAL_CMAP",
    "STYLE_FILE",
    "report_style",
]

FULL_WIDTH = 6.3  # inches: the text width of an A4 page with 2.5 cm margins
COLUMN_WIDTH = 3.5  # inches: one column of a two-column A4 layout

# Okabe & Ito (2008), "Color Universal Design": black left out of the cycle (it is the text).
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
# Keyness: focus corpus on one side, reference on the other (blue vs vermillion stay apart
# for deuteranopes and protanopes alike).
DIVERGING = {"focus": "#0072B2", "reference": "#D55E00", "faint": "#BBBBBB"}
SEQUENTIAL_CMAP = "Blues"  # one hue, light = few, dark = many: safe for colour blindness

# The rcParams themselves are data: kit/resources/report.mplstyle (matplotlib's own format).
# matplotlib reads a style by its path; kit is installed as files (never zipped), so it has one
STYLE_FILE = Path(str(resources.files("kit.resources").joinpath("report.mplstyle")))
REPORT_RC: dict[str, Any] = dict(
    mpl.rc_params_from_file(STYLE_FILE, use_default_template=False).items()
)


@contextmanager
def report_style(overrides: Mapping[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Apply the report style (plus ``overrides``) inside a ``with`` block; yields the rc dict.

    The user's ``matplotlib.rcParams`` are restored when the block ends, even on error,
    except interactive mode (see the module docstring).
    """
    rc = {**REPORT_RC, **(overrides or {})}
    with mpl.style.context([STYLE_FILE, dict(overrides or {})]):
        try:
            yield rc
        finally:
            # A backend first activated inside the block (Jupyter's inline backend is, on the
            # first figure of a session) switches interactive mode on; rc_context would undo
            # that on exit and later figures would no longer show. Keep it as it is now.
            interactive = mpl.is_interactive()
    mpl.interactive(interactive)
