#!/usr/bin/env bash
# Start-up benchmark: the app against the floor window under Xvfb, RUNS times each, the two
# interleaved (floor, app, floor, app, ...) so that a machine busy with other work slows both
# alike. Prints the median wall time from exec until the window's first paint has been flushed
# (the probe in ui/startupprobe.h reports the moment, then leaves without tearing down) and the
# median resident memory then, for each, and the ratios.
# With "returning", the app starts as a returning user's does: with a saved profile (the seed's
# body without credentials), which it opens as the last one used.
# Usage: tests/bench/startup.sh [BUILD_DIR] [RUNS] [returning]
set -euo pipefail
build=${1:-build}
runs=${2:-5}
user=${3:-new}
export GALILEO_INTEGRATIONS_STARTUP_PROBE=1
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox" XDG_CONFIG_HOME="$sandbox/config" XDG_RUNTIME_DIR="$sandbox/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
if [ "$user" = returning ]; then
    "$build/app/galileo-integrations" profile import "$(dirname "$0")/../data/seed-none.json" \
        --name "Gateway" >/dev/null 2>&1
    id=$(basename "$(ls "$XDG_CONFIG_HOME"/galileo-integrations/profiles/*.json)" .json)
    printf '[General]\nlastProfile=%s\n' "$id" \
        >"$XDG_CONFIG_HOME/galileo-integrations/galileo-integrations.conf"
fi
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    build=$1 runs=$2
    cd "$3"
    one() { # prints "MICROSECONDS KB"
        local start end out
        start=$(date +%s%N)
        out=$("$@" 2>/dev/null | grep "^shown at")
        end=$(echo "$out" | sed "s/^shown at \([0-9]*\);.*/\1/")
        echo "$(( (end - start) / 1000 )) $(echo "$out" | grep -o "[0-9]\+ kB" | grep -o "[0-9]\+")"
    }
    ms() { awk "{ printf \"%.1f \", \$1 / 1000 }"; }
    median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
    : > floor.txt; : > app.txt
    for _ in $(seq "$runs"); do
        one "$build/tests/bench/floorwindow" >> floor.txt
        one "$build/app/galileo-integrations" >> app.txt
    done
    fms=$(cut -d" " -f1 floor.txt | median); fkb=$(cut -d" " -f2 floor.txt | median)
    ams=$(cut -d" " -f1 app.txt | median); akb=$(cut -d" " -f2 app.txt | median)
    echo "floor: $(echo "$fms" | ms)ms, $(( fkb / 1024 )) MB   (runs: $(cut -d" " -f1 floor.txt | ms))"
    echo "app:   $(echo "$ams" | ms)ms, $(( akb / 1024 )) MB   (runs: $(cut -d" " -f1 app.txt | ms))"
    echo "app/floor: $(awk -v a="$ams" -v f="$fms" "BEGIN { printf \"%.2f\", a / f }")x time, +$(( (akb - fkb) / 1024 )) MB"
' bash "$(realpath "$build")" "$runs" "$sandbox"
