"""``python -m geo`` runs the ``incident-map`` command."""

import sys

from .cli import main

sys.exit(main())
