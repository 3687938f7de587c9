#!/usr/bin/env bash
# Inside dbus-run-session on an X server: start the AT-SPI bus, then for each VIEW:LANG argument run the program
# on that view and walk its accessibility tree into OUT_DIR/VIEW-LANG.jsonl.
# usage: session.sh PYTHON OUT_DIR VIEW:LANG...  (from the repository root)
set -u
program=$1 out=$2
shift 2
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
sleep 0.5
here=$(dirname "$0")
for view_language in "$@"; do
    view=${view_language%%:*} language=${view_language##*:}
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$program" -m gui --view "$view" --lang "$language" --quit-after 60 &
    app=$!
    /usr/bin/python3 "$here/walk.py" "AI Energy Calculator" "$out/$view-$language.jsonl"
    kill "$app"
    wait "$app" 2>/dev/null
done
kill "$bus"
