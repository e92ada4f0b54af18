"""Entry point for ``python -m carneytl``."""

from __future__ import annotations

from carneytl.cli import main

if __name__ == "__main__":
    main()
