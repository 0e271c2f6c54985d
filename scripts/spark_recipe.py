"""Runs analyze over a JSON Lines file with Apache Spark (PySpark).

    python3 scripts/spark_recipe.py INPUT.jsonl OUTPUT_DIR [--bin PATH]
        [--master local[*]] [--partitions N]

Each Spark partition of the input is piped through one
`analyze --input-format jsonl --jobs 1 -` process (`RDD.pipe`): the tool
is stateless and writes one line per input line, in order, so the
partitions' outputs, in partition order, are the results of the whole file
in input order. Spark provides the parallelism, hence `--jobs 1`.

    python3 scripts/spark_recipe.py --check [--bin PATH]

is the recipe's test (scripts/spark_recipe.sh runs it): it builds a small
JSON Lines input from fixtures/, runs it through Spark in local mode with
several partitions, and checks that the output equals, line for line, what
the binary writes when it reads the same file directly.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def spark_context(master):
    # Local mode stays on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext

    conf = (
        SparkConf()
        .setMaster(master)
        .setAppName("analyze")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    return sc


def analyze_rdd(sc, input_path, binary, partitions):
    """The recipe: one analyze process per partition, lines in order."""
    lines = sc.textFile(str(input_path), minPartitions=partitions)
    return lines.pipe(f"{binary} --input-format jsonl --jobs 1 -")


def check(binary, master):
    text = "\n".join(
        p.read_text() for p in sorted((ROOT / "fixtures").glob("*.txt"))
    )
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with open(src, "w") as f:
            for i in range(400):
                doc = {
                    "id": f"doc-{i}",
                    "text": paragraphs[i % len(paragraphs)],
                    "reference_date": "2024-05-30",
                }
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            f.write("not json\n")
        direct = subprocess.run(
            [binary, "--input-format", "jsonl", "-"],
            stdin=open(src),
            capture_output=True,
            text=True,
        ).stdout.splitlines()
        sc = spark_context(master)
        try:
            rdd = analyze_rdd(sc, src, binary, partitions=4)
            piped = rdd.collect()
            parts = rdd.getNumPartitions()
        finally:
            sc.stop()
    # A bad line's error object counts lines within its partition: compare
    # documents exactly and error lines by id and message.
    if len(piped) != len(direct):
        sys.exit(f"FAIL: {len(piped)} lines through Spark, {len(direct)} direct")
    for n, (a, b) in enumerate(zip(piped, direct), 1):
        a, b = json.loads(a), json.loads(b)
        if "error" in b:
            a.pop("line", None)
            b.pop("line", None)
        if a != b:
            sys.exit(f"FAIL: line {n} differs:\n spark:  {a}\n direct: {b}")
    print(f"ok: {len(piped)} lines through {parts} Spark partitions "
          f"({master}) equal the direct output, in order")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?")
    ap.add_argument("output", nargs="?")
    ap.add_argument("--bin", default=str(ROOT / "target/release/analyze"))
    ap.add_argument("--master", default="local[*]")
    ap.add_argument("--partitions", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    binary = str(Path(args.bin).resolve())
    if args.check:
        check(binary, args.master)
        return
    if not (args.input and args.output):
        ap.error("INPUT and OUTPUT_DIR are required (or --check)")
    sc = spark_context(args.master)
    try:
        rdd = analyze_rdd(sc, Path(args.input).resolve(), binary, args.partitions)
        rdd.saveAsTextFile(str(Path(args.output).resolve()))
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
