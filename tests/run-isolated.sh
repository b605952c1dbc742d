#!/usr/bin/env bash
# Runs one test executable (with its arguments) in a home of its own: a fresh HOME and XDG
# folders, removed afterwards. No test sees the files another test left, whether run before it,
# beside it (ctest -j) or in an earlier run (ctest --repeat), and none touches the profiles of
# the person running it. The D-Bus session, and so the keychain, stay the caller's.
set -euo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/galileo-test-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home/home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
export XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
"$@"
