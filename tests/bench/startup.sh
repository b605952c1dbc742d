#!/usr/bin/env bash
# Start-up benchmark: the app against the floor window, each started RUNS times under Xvfb;
# prints the median wall time from exec to the first event-loop turn after show() and the
# resident memory then. Usage: tests/bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-15}
export GALILEO_INTEGRATIONS_STARTUP_PROBE=1
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox" XDG_CONFIG_HOME="$sandbox/config" XDG_RUNTIME_DIR="$sandbox/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
measure() {
    local times=() rss=()
    for _ in $(seq "$runs"); do
        local start end out
        start=$(date +%s%N)
        out=$("$@" 2>/dev/null | grep '^shown')
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
        rss+=($(echo "$out" | grep -o '[0-9]\+ kB' | grep -o '[0-9]\+'))
    done
    local t r
    t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    r=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    echo "$t ms, $(( r / 1024 )) MB"
}
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    $(declare -f measure); runs=$runs
    echo \"floor: \$(measure $build/tests/bench/floorwindow)\"
    echo \"app:   \$(measure $build/app/galileo-integrations)\"
"
