#!/usr/bin/env python3
"""The job of `frontier report --format json` on a native CSV, done with pandas and numpy.

The reference the README's speed section compares Frontier with (frontier-bench runs it
when pandas is installed):

    python3 scripts/pandas-reference.py runs.csv [--concurrency C] > report.json

It does what Frontier does for such a file, in the same order: reads the CSV; checks
every row (model and hardware named, hardware a known preset, numbers finite and in
range, counts whole, no setup measured twice at one level); derives request throughput
from requests / duration_s; prices each setup from its preset (owned-GPU cost: price,
depreciation years, utilisation, power, PUE, electricity, maintenance); works out each
setup's workload cost at the chosen concurrency, interpolated linearly in log2(c) between
measured levels and clamped outside them; finds the cost-quality frontier (no setup both
cheaper and better); ranks by quality; and writes one JSON object per setup. It is a
comparison of speed on the same work, not a second implementation to trust: Frontier's
figures are the ones tested.
"""
import json
import sys

import numpy as np
import pandas as pd

# Frontier's built-in presets (Sources/FrontierData/Hardware/HardwarePresets.swift):
# price $, years, utilisation, kW, PUE, $/kWh, maintenance rate a year.
PRESETS = {
    "A800-80G": (15000, 4, 0.75, 0.40, 1.2, 0.10, 0.10),
    "A100-80G": (15000, 4, 0.75, 0.40, 1.2, 0.10, 0.05),
    "H100-80G": (30000, 4, 0.75, 0.70, 1.2, 0.10, 0.05),
    "H100-PCIe": (25000, 4, 0.75, 0.35, 1.2, 0.10, 0.05),
    "H200": (35000, 4, 0.75, 0.70, 1.2, 0.10, 0.05),
    "B200": (45000, 4, 0.75, 1.00, 1.2, 0.10, 0.05),
    "L40S": (9000, 4, 0.75, 0.35, 1.2, 0.10, 0.05),
    "MI300X": (20000, 4, 0.75, 0.75, 1.2, 0.10, 0.05),
}


def hourly_per_gpu(price, years, utilisation, kw, pue, electricity, maintenance):
    return price / (years * 8760 * utilisation) + kw * pue * electricity + price * maintenance / 8760


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit("usage: pandas-reference.py runs.csv [--concurrency C]")
    path = args[0]
    concurrency = float(args[args.index("--concurrency") + 1]) if "--concurrency" in args else 16.0

    frame = pd.read_csv(path, dtype={"model": str, "hardware": str})
    problems = []
    numeric = ["gpus", "concurrency", "requests", "duration_s", "output_tokens_per_s", "mean_output_tokens",
               "mean_ttft_ms", "quality"]
    for column in numeric:
        if column in frame:
            values = pd.to_numeric(frame[column], errors="coerce")
            bad = frame[column].notna() & ~np.isfinite(values)
            problems += [f"line {i + 2}: {column}: expected a number" for i in np.flatnonzero(bad.to_numpy())]
            frame[column] = values
    for column, low in [("concurrency", 0), ("duration_s", 0), ("output_tokens_per_s", 0)]:
        bad = frame[column].notna() & (frame[column] <= low)
        problems += [f"line {i + 2}: {column}: expected a number > 0" for i in np.flatnonzero(bad.to_numpy())]
    for column in ["requests", "gpus"]:
        bad = frame[column].notna() & ((frame[column] < 1) | (frame[column] != np.round(frame[column])))
        problems += [f"line {i + 2}: {column}: expected a whole number >= 1" for i in np.flatnonzero(bad.to_numpy())]
    names = {name.lower(): name for name in PRESETS}
    frame["hardware"] = frame["hardware"].str.strip().str.lower().map(names)
    problems += [f"line {i + 2}: hardware: unknown hardware" for i in np.flatnonzero(frame["hardware"].isna().to_numpy())]
    frame["model"] = frame["model"].str.strip()
    problems += [f"line {i + 2}: model: missing" for i in np.flatnonzero(frame["model"].isna().to_numpy())]
    duplicated = frame.duplicated(["model", "hardware", "gpus", "concurrency"])
    problems += [f"line {i + 2}: concurrency: duplicate run" for i in np.flatnonzero(duplicated.to_numpy())]
    scores = frame.groupby("model")["quality"].nunique()
    problems += [f"model {name}: more than one score" for name in scores.index[scores > 1]]
    if problems:
        print("\n".join(problems[:20]), file=sys.stderr)
        sys.exit(1)

    frame["rps"] = frame["requests"] / frame["duration_s"]
    per_gpu = {name: hourly_per_gpu(*figures) for name, figures in PRESETS.items()}
    frame["hourly"] = frame["hardware"].map(per_gpu) * frame["gpus"]
    workload = int(frame["requests"].iloc[0]) if frame["requests"].nunique() == 1 else 1000
    frame["cost"] = frame["hourly"] * workload / frame["rps"] / 3600
    frame["log2c"] = np.log2(frame["concurrency"])

    # Interpolation in log2(c) within each setup, clamped: sort by setup then level and
    # find, for each setup, the level pair around the chosen concurrency.
    frame = frame.sort_values(["model", "hardware", "gpus", "concurrency"], kind="stable")
    setup = frame.groupby(["model", "hardware", "gpus"], sort=False).ngroup().to_numpy()
    starts = np.flatnonzero(np.r_[True, setup[1:] != setup[:-1]])
    ends = np.r_[starts[1:], len(setup)]
    x = frame["log2c"].to_numpy()
    target = np.log2(concurrency)
    # Within each setup, the first level at or above the target.
    above = np.searchsorted(setup * 1000.0 + x, setup[starts] * 1000.0 + target)
    hi = np.clip(above, starts, ends - 1)
    lo = np.clip(hi - 1, starts, ends - 1)
    clamped = (target <= x[starts]) | (target >= x[ends - 1])
    span = np.where(hi > lo, x[hi] - x[lo], 1)
    t = np.where(clamped, 0, np.clip((target - x[lo]) / span, 0, 1))
    lo = np.where(target <= x[starts], starts, np.where(target >= x[ends - 1], ends - 1, lo))
    hi = np.where(clamped, lo, hi)

    def at(column):
        values = frame[column].to_numpy()
        return values[lo] + t * (values[hi] - values[lo])

    first = frame.iloc[starts]
    result = pd.DataFrame({
        "model": first["model"].to_numpy(), "hardware": first["hardware"].to_numpy(),
        "gpus": first["gpus"].to_numpy(), "hourly_usd": first["hourly"].to_numpy(),
        "quality": first["quality"].to_numpy(), "workload_cost_usd": at("cost"),
        "request_throughput": at("rps"), "output_tokens_per_s": at("output_tokens_per_s"),
        "mean_ttft_ms": at("mean_ttft_ms"), "clamped": clamped,
    })
    result["cost_per_request_usd"] = result["workload_cost_usd"] / workload
    # The frontier: cheapest first, a setup is on it when it beats every cheaper one.
    order = np.lexsort((-result["quality"].to_numpy(), result["workload_cost_usd"].to_numpy()))
    quality = result["quality"].to_numpy()[order]
    best_before = np.r_[-np.inf, np.maximum.accumulate(quality)[:-1]]
    on = np.zeros(len(result), dtype=bool)
    on[order] = quality > best_before
    result["on_frontier"] = on
    value = result["quality"] / result["workload_cost_usd"]
    result["efficiency"] = value / value.max()
    result = result.sort_values("quality", ascending=False, kind="stable")
    result["rank"] = np.arange(1, len(result) + 1)
    result["name"] = result["model"] + " (" + result["gpus"].astype(int).astype(str) + "×" + result["hardware"] + ")"
    report = {
        "frontier_report": 1, "dataset": path,
        "scenario": {"concurrency": concurrency, "requests": workload},
        "frontier": result.loc[result["on_frontier"]].sort_values("workload_cost_usd")["name"].tolist(),
        "models": json.loads(result.to_json(orient="records")),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
