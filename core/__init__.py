"""The calculator: the sourced dataset, units, expressions, comparisons and formatting. Never imports Qt."""
