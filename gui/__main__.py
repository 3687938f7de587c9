"""`python -m gui`: the desktop application."""

import sys

from gui.app import main

sys.exit(main())
