"""``python -m handbook`` runs the command line."""

from handbook.cli.main import main

raise SystemExit(main())
