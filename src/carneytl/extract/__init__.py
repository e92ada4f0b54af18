"""Turn news text into temporal expressions and dated candidate events (``carneytl extract``)."""

from __future__ import annotations
