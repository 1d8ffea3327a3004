#!/bin/sh
# Slow build check (not part of .ci/run's test command): from a clean clone of this
# repository's HEAD, build the Linux app, check its sums and signature, and run it.
#
#   packaging/check-build.sh            about 7 minutes on 2 cores (docs/install.md)
#
# It checks, on the built program only (no Python from this machine on the way):
#   the tarball's SHA256SUMS and minisign signature (a throwaway key made here),
#   evidence-vault --version and --selftest,
#   a CLI round trip in portable mode with an empty HOME: init, import, verify,
#   extract, SHA-256 of the copy, and that nothing was written to HOME,
#   the helper processes (media analysis of a JPEG, a bundle sealed and verified),
#   the desktop app offscreen (evidence-vault-gui --selftest reaches its event loop),
#   the AppDir's AppRun, and its .desktop and AppStream files when the validators exist.
# Set KEEP=1 to keep the work folder. Needs git, python3.11 (or PYTHON), minisign.
set -eu
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/evidence-vault-build-check.XXXXXX")
cleanup() { [ "${KEEP:-0}" = 1 ] && echo "kept $WORK" >&2 || rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "check-build: FAILED: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }
now_ms() { date +%s%3N; }
begin=$(now_ms)

step "clean clone of $(git -C "$REPO" rev-parse --short HEAD)"
git clone -q --no-hardlinks "$REPO" "$WORK/src"

step "throwaway release key"
minisign -G -W -p "$WORK/release.pub" -s "$WORK/release.key" >/dev/null

step "build"
build_start=$(now_ms)
EVIDENCE_VAULT_SIGNING_KEY=$WORK/release.key BUILD_DIR=$WORK/build "$WORK/src/packaging/build.sh"
build_ms=$(( $(now_ms) - build_start ))
DIST=$WORK/src/dist

step "sums and signature"
(cd "$DIST" && sha256sum -c SHA256SUMS) || fail "SHA256SUMS does not match"
minisign -V -p "$WORK/release.pub" -m "$DIST/SHA256SUMS" || fail "the signature of SHA256SUMS does not verify"

step "unpack the tarball into an empty folder"
mkdir "$WORK/stick" "$WORK/home"
tar -C "$WORK/stick" -xzf "$DIST"/evidence-vault-*-linux-*.tar.gz
APP=$(echo "$WORK"/stick/evidence-vault-*)
[ -x "$APP/evidence-vault" ] && [ -x "$APP/evidence-vault-gui" ] || fail "programs missing from the tarball"
touch "$APP/evidence-vault.portable"

# The built program must not lean on this machine's Python or home folder.
run() {
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" TMPDIR="$WORK/tmp" LANG=C.UTF-8 \
        EVIDENCE_VAULT_TEST_WEAK_KDF=1 QT_QPA_PLATFORM=offscreen "$@"
}
mkdir "$WORK/tmp"

step "--version and --selftest"
t=$(now_ms); run "$APP/evidence-vault" --version; version_ms=$(( $(now_ms) - t ))
t=$(now_ms); run "$APP/evidence-vault" --selftest || fail "--selftest of the built program"
selftest_ms=$(( $(now_ms) - t ))

step "CLI round trip (portable mode)"
printf 'a passphrase for the build check\n' > "$WORK/pass"
head -c 3000000 /dev/urandom > "$WORK/evidence.bin"
want=$(sha256sum "$WORK/evidence.bin" | cut -d' ' -f1)
ev() { run "$APP/evidence-vault" --passphrase-file "$WORK/pass" "$@"; }
ev init > /dev/null
ev import "$WORK/evidence.bin" --case "build check"
ev verify
ev list
ev extract 1 --out "$WORK/copy.bin"
got=$(sha256sum "$WORK/copy.bin" | cut -d' ' -f1)
[ "$got" = "$want" ] || fail "extracted copy differs: $got != $want"
[ -f "$APP/vault/vault.keys" ] || fail "portable mode: the vault is not beside the program"
echo "round trip OK: $got"

step "helper processes of the built program (media analysis, sealing check, strip, anonymise)"
# All run as "<program> -m <helper>" (evidence_vault/children.py): a 32x24 JPEG must be
# analysed, a bundle sealed (its read-back check runs in a child) and verified, and the JPEG
# cleaned by strip (its workers are children too).
printf '%s' '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAYACADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDLoooriPpgooooAKKKKACiiigD/9k=' | base64 -d > "$WORK/photo.jpg"
ev import "$WORK/photo.jpg" > "$WORK/import.out" 2>&1 || { cat "$WORK/import.out"; fail "import of a JPEG"; }
grep -q "(0 could not be read, 0 only in part)" "$WORK/import.out" || { cat "$WORK/import.out"; fail "the media analysis did not run in the built program"; }
ev show 2 --json | grep -q '"width": 32' || fail "the JPEG's read-out is missing"
ev keys generate --out "$WORK/investigator.key" > "$WORK/key.out"
ev recipients add investigator "$(grep -o 'age1[0-9a-z]*' "$WORK/key.out" | head -n 1)"
ev export 1 2 --to investigator --out "$WORK/case.evb" || fail "sealing in the built program"
ev bundle verify "$WORK/case.evb" --identity "$WORK/investigator.key" || fail "the sealed bundle does not verify"
run "$APP/evidence-vault" strip "$WORK/photo.jpg" --out "$WORK/stripped" > "$WORK/strip.out" 2>&1 || { cat "$WORK/strip.out"; fail "strip in the built program"; }
[ -s "$WORK/stripped/photo.jpg" ] || { cat "$WORK/strip.out"; fail "strip's worker did not run in the built program"; }
# anonymise: its worker is a child too, and it needs the face model and onnxruntime inside
# the build (the 32x24 picture has no face: a box is added by hand).
run "$APP/evidence-vault" anonymise "$WORK/photo.jpg" --out "$WORK/anonymised" --add-box 2,2,10,10 > "$WORK/anon.out" 2>&1 || { cat "$WORK/anon.out"; fail "anonymise in the built program"; }
grep -q "1 face box(es) redacted" "$WORK/anon.out" || { cat "$WORK/anon.out"; fail "anonymise's worker did not run in the built program"; }
echo "helpers OK: analysis, sealing check, strip's and anonymise's workers ran through the program itself"

step "desktop app offscreen (first window, event loop)"
t=$(now_ms)
run timeout 120 "$APP/evidence-vault-gui" --selftest > "$WORK/gui.out" 2>&1 || { cat "$WORK/gui.out"; fail "GUI self-test"; }
gui_ms=$(( $(now_ms) - t ))
grep -q "GUI: first window shown, event loop running" "$WORK/gui.out" || { cat "$WORK/gui.out"; fail "GUI never reached its event loop"; }
tail -n 2 "$WORK/gui.out"

step "nothing written to HOME"
leftovers=$(find "$WORK/home" -mindepth 1 | head -20)
[ -z "$leftovers" ] || fail "files appeared under HOME: $leftovers"
echo "HOME is still empty"

step "AppDir"
tar -C "$WORK" -xzf "$DIST"/EvidenceVault-*.AppDir.tar.gz
APPDIR=$(echo "$WORK"/EvidenceVault-*.AppDir)
run "$APPDIR/AppRun" cli --version
run timeout 120 "$APPDIR/AppRun" --selftest > "$WORK/appdir.out" 2>&1 || { cat "$WORK/appdir.out"; fail "AppRun --selftest"; }
grep -q "event loop running" "$WORK/appdir.out" || fail "AppRun did not reach the event loop"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$APPDIR"/usr/share/applications/*.desktop && echo ".desktop file valid"
else
    echo "(desktop-file-validate not installed: skipped)"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net --pedantic "$APPDIR"/usr/share/metainfo/*.xml && echo "AppStream metadata valid"
else
    echo "(appstreamcli not installed: skipped)"
fi

step "summary"
echo "build:            $(( build_ms / 1000 )) s"
echo "CLI --version:    ${version_ms} ms"
echo "CLI --selftest:   ${selftest_ms} ms"
echo "GUI --selftest:   ${gui_ms} ms (includes the full self-test)"
echo "folder:           $(du -sh "$APP" | cut -f1)"
for artefact in "$DIST"/*.tar.gz; do
    echo "$(basename "$artefact"): $(du -h "$artefact" | cut -f1)"
done
echo "total:            $(( ($(now_ms) - begin) / 1000 )) s"
echo "check-build: OK"
