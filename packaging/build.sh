#!/bin/sh
# Build the self-contained app (PyInstaller, one folder) and its release files.
#
#   packaging/build.sh            Linux: dist/evidence-vault-VERSION-linux-ARCH.tar.gz,
#                                 dist/EvidenceVault-VERSION-ARCH.AppDir(.tar.gz), SHA256SUMS(.minisig)
#                                 macOS: dist/Evidence Vault.app and a zip of it
#
# Environment:
#   PYTHON                          the Python 3.11 to build with (default: python3.11, else python3)
#   EVIDENCE_VAULT_SIGNING_KEY      minisign secret key file: sign SHA256SUMS (minisign asks for its
#                                   password unless the key was made with -W)
#   SOURCE_DATE_EPOCH               defaults to the last commit's time (reproducible timestamps)
#   BUILD_DIR                       work folder (default: build/packaging)
#
# Dependencies come only from packaging/requirements-lock.txt, pinned with hashes (pip
# --require-hashes), as wheels. A fresh virtual environment is made under BUILD_DIR.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/evidence_vault/__init__.py)
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0       # stable ordering inside the bundled archives
export PIP_DISABLE_PIP_VERSION_CHECK=1
BUILD_DIR=${BUILD_DIR:-$ROOT/build/packaging}
DIST=$ROOT/dist
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
ARCH=$(uname -m)
if [ -z "${PYTHON:-}" ]; then
    PYTHON=python3
    command -v python3.11 >/dev/null 2>&1 && PYTHON=python3.11
fi

say() { printf '== %s\n' "$*" >&2; }
started=$(date +%s)

say "Evidence Vault $VERSION for $OS-$ARCH, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH"
# A dependency added to pyproject.toml but not to the lock would be left out of the build
# without a word (pip installs only what the lock names): refuse to build instead.
"$PYTHON" - <<'PY'
import re, sys, tomllib
wanted = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
names = {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in wanted}
pinned = {l.split("==")[0].strip().lower().replace("_", "-") for l in open("packaging/requirements-lock.txt") if "==" in l}
missing = sorted(names - pinned)
if missing:
    sys.exit("packaging/requirements-lock.txt lacks " + ", ".join(missing) + ": run packaging/lock.sh")
PY
mkdir -p "$BUILD_DIR" "$DIST"
VENV=$BUILD_DIR/venv
if [ ! -x "$VENV/bin/pyinstaller" ]; then
    say "virtual environment from the lock file"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --require-hashes --only-binary=:all: \
        -r packaging/requirements-lock.txt
fi

if [ -f tools/translations.py ]; then
    say "translations (.qm)"
    "$VENV/bin/python" tools/translations.py build >/dev/null
fi

say "PyInstaller"
rm -rf "$BUILD_DIR/dist"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$BUILD_DIR/dist" --workpath "$BUILD_DIR/work" packaging/evidence-vault.spec

# Reproducible archives: sorted names, one fixed time, no owners, gzip without a name or time.
tar_gz() {  # tar_gz OUT.tar.gz DIR_PARENT DIR_NAME
    tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
        --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
        -C "$2" -cf - "$3" | gzip -n -9 > "$1"
}

ARTEFACTS=""
if [ "$OS" = linux ]; then
    NAME=evidence-vault-$VERSION-linux-$ARCH
    say "folder and tarball $NAME"
    rm -rf "${DIST:?}/$NAME"
    cp -a "$BUILD_DIR/dist/evidence-vault" "$DIST/$NAME"
    cp packaging/linux/README.txt "$DIST/$NAME/README.txt"
    tar_gz "$DIST/$NAME.tar.gz" "$DIST" "$NAME"
    ARTEFACTS="$NAME.tar.gz"

    APPDIR_NAME=EvidenceVault-$VERSION-$ARCH.AppDir
    APPDIR=$DIST/$APPDIR_NAME
    say "AppDir $APPDIR_NAME"
    rm -rf "$APPDIR"
    mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo" \
        "$APPDIR/usr/share/icons/hicolor/256x256/apps" "$APPDIR/usr/bin"
    cp -a "$BUILD_DIR/dist/evidence-vault" "$APPDIR/usr/lib/evidence-vault"
    ln -s ../lib/evidence-vault/evidence-vault "$APPDIR/usr/bin/evidence-vault"
    ln -s ../lib/evidence-vault/evidence-vault-gui "$APPDIR/usr/bin/evidence-vault-gui"
    install -m 0755 packaging/linux/AppRun "$APPDIR/AppRun"
    install -m 0644 packaging/linux/org.evidencevault.EvidenceVault.desktop "$APPDIR/usr/share/applications/"
    install -m 0644 packaging/linux/org.evidencevault.EvidenceVault.metainfo.xml "$APPDIR/usr/share/metainfo/"
    install -m 0644 packaging/icons/evidence-vault.png \
        "$APPDIR/usr/share/icons/hicolor/256x256/apps/org.evidencevault.EvidenceVault.png"
    # The AppImage layout wants the .desktop file and the icon at the top as well.
    ln -s usr/share/applications/org.evidencevault.EvidenceVault.desktop "$APPDIR/org.evidencevault.EvidenceVault.desktop"
    ln -s usr/share/icons/hicolor/256x256/apps/org.evidencevault.EvidenceVault.png "$APPDIR/org.evidencevault.EvidenceVault.png"
    ln -s org.evidencevault.EvidenceVault.png "$APPDIR/.DirIcon"
    if command -v appimagetool >/dev/null 2>&1; then
        say "AppImage (appimagetool)"
        ARCH=$ARCH appimagetool --no-appstream "$APPDIR" "$DIST/EvidenceVault-$VERSION-$ARCH.AppImage" >&2
        ARTEFACTS="$ARTEFACTS EvidenceVault-$VERSION-$ARCH.AppImage"
    else
        say "appimagetool not found: shipping the AppDir as a tarball (packaging/linux/README.md)"
        tar_gz "$DIST/$APPDIR_NAME.tar.gz" "$DIST" "$APPDIR_NAME"
        ARTEFACTS="$ARTEFACTS $APPDIR_NAME.tar.gz"
    fi
elif [ "$OS" = darwin ]; then
    NAME=EvidenceVault-$VERSION-macos-$ARCH
    say "zip of Evidence Vault.app (sign and notarise first: packaging/macos/README.md)"
    rm -rf "$DIST/Evidence Vault.app"
    cp -a "$BUILD_DIR/dist/Evidence Vault.app" "$DIST/"
    (cd "$DIST" && ditto -c -k --sequesterRsrc --keepParent "Evidence Vault.app" "$NAME.zip")
    ARTEFACTS="$NAME.zip"
else
    echo "build.sh: unsupported system $OS (on Windows use packaging/windows/build.ps1)" >&2
    exit 2
fi

say "SHA256SUMS"
# shellcheck disable=SC2086
(cd "$DIST" && sha256sum $ARTEFACTS > SHA256SUMS 2>/dev/null || shasum -a 256 $ARTEFACTS > SHA256SUMS)
if [ -n "${EVIDENCE_VAULT_SIGNING_KEY:-}" ]; then
    say "minisign signature of SHA256SUMS"
    rm -f "$DIST/SHA256SUMS.minisig"
    minisign -S -s "$EVIDENCE_VAULT_SIGNING_KEY" -m "$DIST/SHA256SUMS" \
        -t "Evidence Vault $VERSION ($OS-$ARCH) SHA256SUMS" >&2
fi

say "done in $(( $(date +%s) - started )) s"
for artefact in $ARTEFACTS SHA256SUMS; do
    du -h "$DIST/$artefact" >&2
done
[ "$OS" = linux ] && du -sh "$DIST/$NAME" >&2
exit 0
