"""Widgets every story view shares: headline, inputs, choosers, comparison strip, steps, footnotes, chart."""
