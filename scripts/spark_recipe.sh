#!/usr/bin/env bash
# Tests the Apache Spark recipe of docs/scale.md: a JSON Lines file piped
# through analyze with PySpark's RDD.pipe in local mode must give the same
# lines, in the same order, as analyze reading the file directly.
#
# Skips (exit 0, with a message) when Java or PySpark is absent: PySpark is
# large and CI does not install it (`pip install pyspark`; Spark 4 needs
# Java 17 or later).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v java >/dev/null 2>&1; then
    echo "spark_recipe: SKIPPED: java not found (Spark needs Java 17+)"
    exit 0
fi
if ! python3 -c 'import pyspark' >/dev/null 2>&1; then
    echo "spark_recipe: SKIPPED: pyspark not installed (pip install pyspark)"
    exit 0
fi
cargo build --release --quiet
python3 scripts/spark_recipe.py --check --master 'local[2]' "$@"
