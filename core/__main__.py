"""`python -m core`: the calculator's command line."""

import sys

from core.cli import main

sys.exit(main())
