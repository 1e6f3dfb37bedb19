"""History of sessions and re-scoring."""
