#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds AgentDesk to this user's application launcher: run it from the unpacked bundle folder.
#   ./install-desktop-entry.sh            install (again, after moving the folder)
#   ./install-desktop-entry.sh --remove   take it out of the launcher
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/agentdesk.desktop"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$data/icons/hicolor/scalable/apps/agentdesk.svg"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/agentdesk.png"; done
    echo "AgentDesk is no longer in the launcher (the folder $here is left as it is)."
    exit 0
fi

[ -x "$here/agentdesk" ] || { echo "No agentdesk program in $here: run this script from the unpacked folder." >&2; exit 1; }
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/agentdesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/agentdesk.png"
done
cp "$here/icons/agentdesk.svg" "$data/icons/hicolor/scalable/apps/agentdesk.svg"
# The entry starts this folder's program; a path with spaces is quoted as the spec asks.
sed "s|^Exec=.*|Exec=\"$here/agentdesk\"|" "$here/agentdesk.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "AgentDesk is in the launcher ($entry)."
