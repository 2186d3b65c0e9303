#!/bin/sh
# The kiosk launcher: starts Chromium full screen on the site in kiosk mode, with the flags in
# chromium-flags (next to this script), and starts it again if it closes or crashes, so the
# hall never shows a desktop. For maintenance, create ~/kiosk-maintenance first: then closing
# Chromium (Alt+F4) ends the launcher too (see README.md in this folder).
#
#   kiosk.sh [URL]             start the kiosk at URL (default: KIOSK_URL from the settings)
#   kiosk.sh --dry-run [URL]   print the Chromium command, one argument a line, and exit
#
# Settings: /etc/mops-kiosk.conf or ~/.config/mops-kiosk.conf, shell syntax, e.g.
#   KIOSK_URL='https://kalkulator.example.org/?kiosk&idle=120&warn=30'
set -eu

here=$(dirname "$(readlink -f "$0")")
flags_file="$here/chromium-flags"

dry_run=
if [ "${1:-}" = "--dry-run" ]; then
	dry_run=1
	shift
fi

KIOSK_URL=
for conf in /etc/mops-kiosk.conf "${XDG_CONFIG_HOME:-$HOME/.config}/mops-kiosk.conf"; do
	# shellcheck disable=SC1090
	if [ -r "$conf" ]; then . "$conf"; fi
done
url=${1:-$KIOSK_URL}
if [ -z "$url" ]; then
	echo "kiosk.sh: no address: set KIOSK_URL in /etc/mops-kiosk.conf or pass it as the first argument" >&2
	exit 2
fi
case $url in
*\?kiosk* | *\&kiosk*) ;;
*) echo "kiosk.sh: warning: $url has no ?kiosk: the site will not run in kiosk mode" >&2 ;;
esac

browser=
for candidate in ${CHROMIUM:-} chromium chromium-browser; do
	if command -v "$candidate" >/dev/null 2>&1; then
		browser=$(command -v "$candidate")
		break
	fi
done
if [ -z "$browser" ]; then
	echo "kiosk.sh: Chromium not found: sudo apt install chromium (Raspberry Pi OS: chromium-browser)" >&2
	exit 2
fi

# The flags, without the comment and empty lines, as the positional parameters.
set --
while IFS= read -r line || [ -n "$line" ]; do
	case $line in
	'' | '#'*) ;;
	*) set -- "$@" "$line" ;;
	esac
done <"$flags_file"
set -- "$@" "$url"

if [ -n "$dry_run" ]; then
	printf '%s\n' "$browser" "$@"
	exit 0
fi

# The screen stays on (X11 sessions; under Wayland the desktop's own setting applies).
if [ -n "${DISPLAY:-}" ] && command -v xset >/dev/null 2>&1; then
	xset s off -dpms s noblank 2>/dev/null || true
fi

while :; do
	"$browser" "$@" || true
	if [ -e "$HOME/kiosk-maintenance" ]; then
		echo "kiosk.sh: ~/kiosk-maintenance exists: not starting Chromium again" >&2
		exit 0
	fi
	sleep 2
done
