"""``python -m kit ...``: the same as the ``kit`` command (e.g. ``python -m kit lab``)."""

import sys

from .cli import main

sys.exit(main())
