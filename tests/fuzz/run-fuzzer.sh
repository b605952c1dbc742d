#!/usr/bin/env bash
# Runs one libFuzzer target: run-fuzzer.sh FUZZER CORPUS SECONDS [libFuzzer options...]
# It starts from a copy of the seed corpus, so nothing is ever written into the repository. A
# crash or a broken invariant fails; the input that caused it is kept in FUZZER's folder under
# artifacts/, to be added to the corpus with its fix.
set -euo pipefail
fuzzer=$1 seeds=$2 seconds=$3
shift 3

work=$(mktemp -d "${TMPDIR:-/tmp}/galileo-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp -r "$seeds/." "$work/corpus/"
artifacts="$(dirname "$fuzzer")/artifacts/$(basename "$fuzzer")"
mkdir -p "$artifacts"

"$fuzzer" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$work/corpus"
