#!/usr/bin/env bash
# Fuzzes one target for a while: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]
# TARGET is one of: native-json native-csv vllm guidellm aiperf genai-perf genai-perf-csv
# llmperf detect quality presets theme dashboard (see Sources/FrontierFuzz/FuzzTarget.swift).
#
# Builds Sources/frontier-fuzz with libFuzzer (-sanitize=fuzzer) in its own scratch path
# (.build-fuzz, so the normal build never needs the fuzzer runtime), starts the corpus
# from the seeds in fuzz/seeds.txt and the kept regressions, and writes any crashing or
# hanging input to fuzz/regressions/TARGET/, which `swift test` replays from then on.
# The final lines give the inputs run and the executions per second.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]" >&2
    exit 2
fi
target=$1 seconds=$2
shift 2

swift build -c release --scratch-path .build-fuzz --product frontier-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >&2
bin=.build-fuzz/release/frontier-fuzz

corpus=.build-fuzz/corpus/$target
regressions=fuzz/regressions/$target
mkdir -p "$corpus" "$regressions"
grep -v '^#' fuzz/seeds.txt | while read -r name pattern; do
    [ "$name" = "$target" ] || continue
    for file in $pattern; do
        [ -f "$file" ] && cp "$file" "$corpus/seed-$(basename "$file")"
    done
done
cp "$regressions"/* "$corpus"/ 2>/dev/null || true

# -timeout: an input that runs 10 s is a hang, kept like a crash. -rss_limit_mb: one that
# grows past 2 GB is kept too. Swift's backtracer is off: it takes the crash signal first,
# and libFuzzer then never writes the input that crashed.
SWIFT_BACKTRACE=enable=no FRONTIER_FUZZ_TARGET=$target exec "$bin" "$corpus" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$regressions/" -print_final_stats=1 "$@"
