"""Storage: reading, checking, caching and merging event stores; nothing above the model."""
