"""``python -m geo`` runs the ``incident-map`` command."""

import sys

from geo.cli import main

sys.exit(main())
