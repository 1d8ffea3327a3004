#!/bin/sh
# Regenerate packaging/requirements-lock.txt: every dependency of the app (pyproject.toml)
# and of the build (requirements-build.in), pinned, with the SHA-256 of every wheel for
# Linux, Windows and macOS. Needs uv (pip install uv). Commit the result.
set -eu
cd "$(dirname "$0")/.."
uv pip compile pyproject.toml packaging/requirements-build.in \
    --universal --python-version 3.11 --generate-hashes --no-header --annotation-style line \
    -o packaging/requirements-lock.txt
