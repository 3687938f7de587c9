#!/usr/bin/env bash
# Inside dbus-run-session on an X server: start the AT-SPI bus, then for each VIEW:LANG argument run the program
# on that view and walk its accessibility tree into OUT_DIR/VIEW-LANG.jsonl; VIEW:LANG:guess opens the story in
# guess mode (through a lesson) and writes OUT_DIR/VIEW-LANG-guess.jsonl.
# usage: session.sh PYTHON OUT_DIR VIEW:LANG[:guess]...  (from the repository root)
set -u
program=$1 out=$2
shift 2
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
sleep 0.5
here=$(dirname "$0")
for walk in "$@"; do
    IFS=: read -r view language mode <<< "$walk"
    name="$view-$language" extra=()
    if [ "${mode:-}" = guess ]; then
        printf 'view = "%s"\n[views.%s.choices]\nguess_first = "on"\n' "$view" "$view" > "$out/$view.aienergy.toml"
        name="$name-guess" extra=(--lesson "$out/$view.aienergy.toml")
    fi
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$program" -m gui --view "$view" --lang "$language" --quit-after 60 \
        "${extra[@]}" &
    app=$!
    /usr/bin/python3 "$here/walk.py" "AI Energy Calculator" "$out/$name.jsonl"
    kill "$app"
    wait "$app" 2>/dev/null
done
kill "$bus"
