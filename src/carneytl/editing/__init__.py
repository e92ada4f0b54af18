"""Editing a YAML store: the transaction around an edit, and the edit of the text itself."""
