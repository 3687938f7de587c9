"""Walk an application's accessibility tree as a screen reader does (AT-SPI, with the system's pyatspi) and print
it as JSON lines: one node per line, in reading order. Run by the system Python, not the project's:

    /usr/bin/python3 walk.py "AI Energy Calculator" OUTPUT_FILE
"""

import contextlib
import json
import sys
import time

import pyatspi


def _application(name: str, timeout: float = 30.0):
    """The running application called `name` on the accessibility bus."""
    end = time.time() + timeout
    while time.time() < end:
        for application in pyatspi.Registry.getDesktop(0):
            if application is not None and application.name == name and application.childCount:
                return application
        time.sleep(0.2)
    raise SystemExit(f"no application called {name!r} on the accessibility bus")


def _node(accessible, depth: int) -> dict:
    """What a screen reader reads of one node."""
    states = accessible.getState().getStates()
    node = {
        "depth": depth,
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "showing": pyatspi.STATE_SHOWING in states,
        "focusable": pyatspi.STATE_FOCUSABLE in states,
        "labelled_by": [],
    }
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            node["labelled_by"] += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    with contextlib.suppress(NotImplementedError):  # only sliders, spin boxes and scroll bars have a value
        node["value"] = accessible.queryValue().currentValue
    return node


def _walk(accessible, depth: int, out) -> None:
    """Every node under `accessible`, depth first (the order a screen reader's browse mode reads)."""
    out.write(json.dumps(_node(accessible, depth), ensure_ascii=False) + "\n")
    for child in accessible:
        if child is not None:
            _walk(child, depth + 1, out)


if __name__ == "__main__":
    application = _application(sys.argv[1])
    time.sleep(1.0)  # the first view's texts settle
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        _walk(application, 0, out)
