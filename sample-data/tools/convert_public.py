#!/usr/bin/env python3
"""Convert the public benchmark sweeps of public-measurements.csv to Frontier's native formats.

Usage: python3 sample-data/tools/convert_public.py [path/to/public-measurements.csv]

The default input is ../shared/reference/public-measurements.csv beside the repository
(/work/shared/reference/public-measurements.csv). The source tags (S2, S3, S5) are expanded
to the text of SOURCES.md, read from the CSV's folder. Writes, into sample-data/:

  llama-3.3-70b-2xh100.json   S3: Llama-3.3-70B-Instruct FP8, NVIDIA NIM 1.8.0, 2 x H100-80G
  nemotron-nano-2xb200.json   S2: Nemotron-Nano-30B-A3B FP8, vLLM 0.16.0, 2 x B200
  gpt-oss-20b-1gpu.csv        S5: gpt-oss-20b MXFP4, vLLM, one GPU each of four kinds

Every figure written is a published measurement copied from the CSV; nothing is made
up except the workload size (1,000 requests), which only scales the workload cost and
is labelled illustrative. No request count or duration is written for these sweeps: the
loader derives request throughput as output tokens/s / mean output tokens.
Standard library only; the output is deterministic.
"""

import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, ".."))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_CSV = os.path.normpath(os.path.join(REPO, "..", "shared", "reference", "public-measurements.csv"))
SCRIPT = "sample-data/tools/convert_public.py"

LLAMA_QUALITY_SOURCE = ("Meta's Llama 3.3 model card, instruction-tuned table: MMLU-Pro (CoT) 68.9, "
                        "GPQA Diamond 50.5")


def number(text):
    """A CSV cell as a JSON number: an int when whole, else a float; None when empty."""
    text = text.strip()
    if not text:
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def read_sources(path):
    """Tag -> 'source; setup: ...' from the table of SOURCES.md."""
    sources = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*(S\d+)\s*\|(.*)\|(.*)\|\s*$", line)
            if m:
                tag, source, setup = m.group(1), m.group(2).strip(), m.group(3).strip()
                sources[tag] = f"{tag}: {source}; setup: {setup}".replace("`", "")
    return sources


def source_text(row, sources, extra=None):
    tag = row["source"]
    if tag not in sources:
        sys.exit(f"error: source tag {tag!r} is not described in SOURCES.md")
    text = sources[tag]
    if extra:
        text += "; " + extra
    if row.get("note", "").strip():
        text += "; note: " + row["note"].strip()
    return text


def dump_json(obj, name):
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")
    return path


def rows_of(rows, tag):
    selected = [r for r in rows if r["source"] == tag]
    if not selected:
        sys.exit(f"error: no {tag} rows in the CSV")
    return sorted(selected, key=lambda r: (r["gpu"], float(r["concurrency"])))


def llama(rows, sources):
    s3 = rows_of(rows, "S3")
    runs = []
    for r in s3:
        runs.append({
            "model": "Llama-3.3-70B-Instruct", "hardware": "H100-80G", "gpus": int(r["gpus"]),
            "concurrency": number(r["concurrency"]),
            "mean_input_tokens": number(r["input_tokens"]), "mean_output_tokens": number(r["output_tokens"]),
            "output_tokens_per_s": number(r["output_tok_s"]),
            "mean_ttft_ms": number(r["mean_ttft_ms"]), "mean_itl_ms": number(r["mean_itl_ms"]),
            "source": source_text(r, sources),
        })
    return {
        "frontier_dataset": 1,
        "name": "llama-3.3-70b-2xh100",
        "description": ("Llama-3.3-70B-Instruct (FP8, NVIDIA NIM 1.8.0) on 2 x H100-80G, 5000 input / 500 output "
                        "tokens, concurrency 1-250: NVIDIA's published sweep."),
        "provenance": ("Published measurements: " + sources["S3"] + ". Quality scores: " + LLAMA_QUALITY_SOURCE
                       + ". Converted by " + SCRIPT + " from public-measurements.csv. Illustrative: only the "
                       "workload size (1,000 requests); request throughput is derived as output tokens/s / 500."),
        "workload": {"name": "1,000 requests of 5000 in / 500 out (illustrative size)", "requests": 1000},
        "default_metric": "MMLU-Pro",
        "hardware": [{"name": "H100-80G", "preset": "H100-80G"}],
        "models": [{
            "name": "Llama-3.3-70B-Instruct", "size": "70B", "precision": "FP8", "engine": "NVIDIA NIM 1.8.0",
            "notes": "Quality from " + LLAMA_QUALITY_SOURCE + ". Served with tensor parallel 2.",
            "quality": {"MMLU-Pro": 68.9, "GPQA-Diamond": 50.5},
        }],
        "runs": runs,
    }


def nemotron(rows, sources):
    s2 = rows_of(rows, "S2")
    runs = []
    for r in s2:
        p99 = r["p99_itl_ms"].strip()
        extra = f"p99 ITL {p99} ms (no native field)" if p99 else None
        runs.append({
            "model": "Nemotron-Nano-30B-A3B", "hardware": "B200", "gpus": int(r["gpus"]),
            "concurrency": number(r["concurrency"]),
            "mean_input_tokens": number(r["input_tokens"]), "mean_output_tokens": number(r["output_tokens"]),
            "output_tokens_per_s": number(r["output_tok_s"]),
            "mean_ttft_ms": number(r["mean_ttft_ms"]), "mean_tpot_ms": number(r["mean_tpot_ms"]),
            "source": source_text(r, sources, extra),
        })
    return {
        "frontier_dataset": 1,
        "name": "nemotron-nano-2xb200",
        "description": ("Nemotron-Nano-30B-A3B (FP8, vLLM 0.16.0) on 2 x B200, 2048 input / 512 output tokens, "
                        "concurrency 1-1024: Vultr's published sweep."),
        "provenance": ("Published measurements: " + sources["S2"] + ". Converted by " + SCRIPT + " from "
                       "public-measurements.csv. No quality score: none with a verifiable source is known. "
                       "Illustrative: only the workload size (1,000 requests); request throughput is derived as "
                       "output tokens/s / 512. The p99 inter-token latency has no native field and is quoted in "
                       "each run's source."),
        "workload": {"name": "1,000 requests of 2048 in / 512 out (illustrative size)", "requests": 1000},
        "hardware": [{"name": "B200", "preset": "B200"}],
        "models": [{
            "name": "Nemotron-Nano-30B-A3B", "size": "30B-A3B", "precision": "FP8", "engine": "vLLM 0.16.0",
            "notes": ("No quality score: none with a verifiable source is known, so 'quality' is left out rather "
                      "than guessed. Served with tensor parallel 2 on one 8 x B200 node."),
        }],
        "runs": runs,
    }


CSV_COLUMNS = ["model", "hardware", "gpus", "concurrency", "output_tokens_per_s", "mean_input_tokens",
               "mean_output_tokens", "mean_ttft_ms", "p50_ttft_ms", "source"]


def gpt_oss(rows, sources):
    s5 = [r for r in rows if r["source"] == "S5"]
    if not s5:
        sys.exit("error: no S5 rows in the CSV")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)   # RFC 4180 quoting
    writer.writerow(CSV_COLUMNS)
    for r in s5:   # the CSV's order: by GPU, then concurrency
        note = r["note"].strip()
        m = re.fullmatch(r"median TTFT ([0-9.]+)", note) if note else None
        if note and not m:
            sys.exit(f"error: unexpected S5 note {note!r}")
        writer.writerow([
            r["model"], r["gpu"], r["gpus"], r["concurrency"], r["output_tok_s"], r["input_tokens"],
            r["output_tokens"], r["mean_ttft_ms"], m.group(1) if m else "",
            source_text(r, sources, f"precision {r['precision']}, engine {r['engine']}"),
        ])
    path = os.path.join(OUT_DIR, "gpt-oss-20b-1gpu.csv")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    return path, len(s5)


def main(argv):
    csv_path = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_CSV
    sources_path = os.path.join(os.path.dirname(csv_path), "SOURCES.md")
    sources = read_sources(sources_path)
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    written = []
    for build, name in ((llama, "llama-3.3-70b-2xh100.json"), (nemotron, "nemotron-nano-2xb200.json")):
        data = build(rows, sources)
        written.append((dump_json(data, name), len(data["runs"])))
    written.append(gpt_oss(rows, sources))
    for path, n in written:
        print(f"wrote {os.path.relpath(path)} ({n} runs)")


if __name__ == "__main__":
    main(sys.argv)
