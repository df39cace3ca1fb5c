"""Benchmarks: Ponte against its limits, measured as ratios in the same run."""
