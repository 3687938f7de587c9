"""The guided views, one module each, named for what the reader sees.

This package's own import is kept light: `catalogue` (ids and titles) is needed for the first paint, while
`registry` (the view classes, which import core and pint) is imported only once the window is on screen.
"""
