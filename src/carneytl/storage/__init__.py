"""Storage: stores read, checked, cached and merged; other texts read; nothing above the model."""
