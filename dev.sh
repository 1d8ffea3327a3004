#!/bin/sh
# Quick start on a fresh Debian/Ubuntu machine (README):
#   ./dev.sh run    install into .venv and launch the app
#   ./dev.sh test   install with test tools and run every test
# System packages are installed with apt-get only when missing (sudo when not root).
set -eu
cd "$(dirname "$0")"

# Qt's runtime libraries (offscreen and X11/Wayland), PulseAudio client for QtMultimedia.
QT_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0 fonts-dejavu-core"
# Independent tools the tests use as oracles (exiftool, age, minisign, openssl's
# RFC 3161 server and verifier, GnuPG for ProofMode's OpenPGP signatures) and a private
# D-Bus session for the screen-lock test; poppler-utils (pdftotext, pdfinfo) reads the
# court report PDFs back.
ORACLE_PACKAGES="libimage-exiftool-perl age minisign openssl gnupg dbus-daemon dbus-bin poppler-utils"

apt_ensure() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: nothing to do
    missing=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

ensure_venv() {
    if [ ! -x .venv/bin/python ]; then
        python3 -c 'import ensurepip, venv' 2>/dev/null || apt_ensure python3-venv
        python3 -m venv .venv
    fi
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e "$1"
    # The compiled translations (.qm) are build output, made from resources/translations/*.ts.
    .venv/bin/python tools/translations.py build >/dev/null
}

case "${1:-}" in
    run)
        shift
        apt_ensure $QT_PACKAGES
        ensure_venv .
        exec .venv/bin/python -m evidence_vault "$@"
        ;;
    test)
        shift
        apt_ensure $QT_PACKAGES $ORACLE_PACKAGES
        ensure_venv ".[test]"
        exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: ./dev.sh run [args]   |   ./dev.sh test [pytest args]" >&2
        exit 2
        ;;
esac
