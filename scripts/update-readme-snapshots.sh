#!/usr/bin/env bash
# Refreshes the screenshots in README.md: every ```text block that follows a line
# `<!-- snapshot: ARGS -->` is replaced by the output of `frontier snapshot ARGS`.
# The test ReadmeSnapshotTests fails when a block differs from what the binary prints.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product frontier >/dev/null
bin=$(swift build --show-bin-path)/frontier
python3 - "$bin" <<'PY'
import re, shlex, subprocess, sys
bin = sys.argv[1]
text = open("README.md").read()
def refresh(match):
    args = match.group(1)
    out = subprocess.run([bin, "snapshot", *shlex.split(args)], check=True, capture_output=True, text=True).stdout
    return f"<!-- snapshot: {args} -->\n```text\n{out}```"
text = re.sub(r"<!-- snapshot: (.*?) -->\n```text\n.*?```", refresh, text, flags=re.S)
open("README.md", "w").write(text)
PY
echo "README.md snapshots refreshed"
