"""`python -m article_extract` runs the command-line interface."""

from .cli import main

raise SystemExit(main())
