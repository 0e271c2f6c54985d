#!/usr/bin/env bash
# Measures analyze's speed and memory and prints one summary table.
#
#   scripts/bench.sh              everything (about 10 minutes on 2 cores)
#   scripts/bench.sh --quick      10 MB corpora, shorter criterion runs
#   scripts/bench.sh --no-criterion   only the command-line measurements
#
# Corpora are built at run time from fixtures/*.txt (paragraphs shuffled
# with a fixed seed, regrouped into documents of 2 to 8 KB) under
# target/bench-corpus/, never committed:
#   small/   1 MB of articles, one file each
#   large/   100 MB of articles, one file each (a day's crawl)
#   one.txt  one 100 MB file
#   all.jsonl the large corpus as one JSON Lines file
# Measures: per-stage throughput (criterion, benches/throughput.rs),
# end-to-end MB/s and documents/s on one core and on all cores, start-up
# time on an empty input, peak memory (/usr/bin/time -v).
# Needs python3; uses perf for the start-up time when present.
set -euo pipefail

cd "$(dirname "$0")/.."
QUICK=0
CRITERION=1
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        --no-criterion) CRITERION=0 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
LARGE_MB=100
[ "$QUICK" = 1 ] && LARGE_MB=10

cargo build --release --quiet
BIN="$PWD/target/release/analyze"
CORPUS="$PWD/target/bench-corpus"

if [ "$CRITERION" = 1 ]; then
    MEASURE=5
    [ "$QUICK" = 1 ] && MEASURE=2
    cargo bench --quiet --bench throughput -- \
        --warm-up-time 1 --measurement-time "$MEASURE" --noplot \
        > target/bench-criterion.log 2>&1 \
        || { cat target/bench-criterion.log >&2; exit 1; }
fi

python3 - "$BIN" "$CORPUS" "$LARGE_MB" "$CRITERION" <<'PY'
import json, os, random, re, resource, shutil, subprocess, sys, time
from pathlib import Path

BIN, CORPUS, LARGE_MB, CRITERION = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
CORES = os.cpu_count() or 1
MB = 1e6

def paragraphs():
    out = []
    for f in sorted(Path("fixtures").glob("*.txt")):
        out += [p.strip() for p in f.read_text().split("\n\n") if p.strip()]
    return out

def documents(total):
    """Documents of 2 to 8 KB made of fixture paragraphs, fixed seed."""
    rng = random.Random(20240530)
    ps = paragraphs()
    n = 0
    while n < total:
        target = rng.randrange(2048, 8192)
        doc = []
        size = 0
        while size < target:
            p = rng.choice(ps)
            doc.append(p)
            size += len(p.encode()) + 2
        text = "\n\n".join(doc) + "\n"
        n += len(text.encode())
        yield text

def build():
    stamp = CORPUS / f"built-{LARGE_MB}"
    if stamp.exists():
        return
    shutil.rmtree(CORPUS, ignore_errors=True)
    CORPUS.mkdir(parents=True)
    for name, size in [("small", 1 << 20), ("large", LARGE_MB << 20)]:
        for i, doc in enumerate(documents(size)):
            d = CORPUS / name / f"{i // 1000:03}"
            d.mkdir(parents=True, exist_ok=True)
            (d / f"{i:06}.txt").write_text(doc)
    with open(CORPUS / "one.txt", "w") as one, open(CORPUS / "all.jsonl", "w") as jl:
        for i, doc in enumerate(documents(LARGE_MB << 20)):
            one.write(doc + "\n")
            jl.write(json.dumps({"id": i, "text": doc}, ensure_ascii=False) + "\n")
    (CORPUS / "empty.txt").write_text("")
    stamp.touch()

def size_of(path):
    p = Path(path)
    if p.is_dir():
        files = list(p.rglob("*.txt"))
        return sum(f.stat().st_size for f in files), len(files)
    lines = sum(1 for _ in open(p, "rb")) if p.suffix == ".jsonl" else 1
    return p.stat().st_size, lines

def timed(args, repeat=3):
    """Best wall time and best CPU time (user + system) of `repeat` runs,
    output to /dev/null. On a loaded machine the CPU time is the fairer
    measure of the tool's own speed."""
    wall = cpu = None
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([BIN, *args], stdout=subprocess.DEVNULL, check=False)
        t = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        c = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        wall = t if wall is None else min(wall, t)
        cpu = c if cpu is None else min(cpu, c)
    return wall, cpu

def peak_rss(args):
    r = subprocess.run(["/usr/bin/time", "-v", BIN, *args], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return int(m.group(1)) * 1024 if m else None

def startup():
    empty = str(CORPUS / "empty.txt")
    if shutil.which("perf"):
        r = subprocess.run(["perf", "stat", "-r", "200", "-x,", "-e", "task-clock",
                            BIN, "--format", "json", empty],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        m = re.search(r"^([\d.]+),msec,task-clock", r.stderr, re.M)
        cpu = float(m.group(1)) if m else None
    else:
        cpu = None
    n = 100
    t = time.perf_counter()
    for _ in range(n):
        subprocess.run([BIN, "--format", "json", empty], stdout=subprocess.DEVNULL)
    wall = (time.perf_counter() - t) / n * 1000
    return cpu, wall

build()
rows = []  # (measure, value, target, verdict)

def row(name, value, target="", ok=None):
    verdict = "" if ok is None else ("ok" if ok else "MISSED")
    rows.append((name, value, target, verdict))

if CRITERION:
    for est in sorted(Path("target/criterion").glob("*/**/new/estimates.json")):
        bench = json.loads((est.parent / "benchmark.json").read_text())
        mean = json.loads(est.read_text())["mean"]["point_estimate"] / 1e9
        tp = bench.get("throughput") or {}
        name = bench["full_id"]
        if "Bytes" in tp:
            row(f"criterion {name}", f"{tp['Bytes'] / mean / MB:.1f} MB/s")
        elif "Elements" in tp:
            row(f"criterion {name}", f"{tp['Elements'] / mean:.0f} docs/s")

small_bytes, small_docs = size_of(CORPUS / "small")
large_bytes, large_docs = size_of(CORPUS / "large")
one_bytes, _ = size_of(CORPUS / "one.txt")
jl_bytes, jl_docs = size_of(CORPUS / "all.jsonl")

def rate(nbytes, docs, t):
    return f"{nbytes / t / MB:.1f} MB/s, {docs / t:.0f} docs/s"

(t1, c1) = timed(["--jobs", "1", "--format", "json", str(CORPUS / "large")])
(tn, cn) = timed(["--jobs", str(CORES), "--format", "json", str(CORPUS / "large")])
row(f"folder, 1 core, wall ({large_docs} files, {large_bytes / MB:.0f} MB)",
    rate(large_bytes, large_docs, t1), ">= 50 MB/s", large_bytes / t1 / MB >= 50)
row("folder, 1 core, per CPU second", rate(large_bytes, large_docs, c1),
    ">= 50 MB/s", large_bytes / c1 / MB >= 50)
row(f"folder, {CORES} cores, wall", rate(large_bytes, large_docs, tn))
row(f"scaling 1 -> {CORES} cores (wall)", f"x{t1 / tn:.2f}", f"~x{CORES}", t1 / tn >= 0.8 * CORES)
(ts, cs) = timed(["--jobs", "1", "--format", "json", str(CORPUS / "small")])
row(f"folder 1 MB, 1 core, wall ({small_docs} files)", rate(small_bytes, small_docs, ts))
(tj1, cj1) = timed(["--jobs", "1", "--input-format", "jsonl", str(CORPUS / "all.jsonl")])
(tjn, cjn) = timed(["--jobs", str(CORES), "--input-format", "jsonl", str(CORPUS / "all.jsonl")])
row(f"JSON Lines, 1 core, wall ({jl_docs} lines)", rate(jl_bytes, jl_docs, tj1))
row(f"JSON Lines, {CORES} cores, wall", rate(jl_bytes, jl_docs, tjn))
(to, co) = timed(["--format", "json", str(CORPUS / "one.txt")])
row(f"one {one_bytes / MB:.0f} MB file, wall", f"{one_bytes / to / MB:.1f} MB/s")
row(f"one {one_bytes / MB:.0f} MB file, per CPU second", f"{one_bytes / co / MB:.1f} MB/s")
rss = peak_rss(["--format", "json", str(CORPUS / "one.txt")])
if rss:
    limit = 2 * one_bytes + 30e6
    row(f"peak memory, one {one_bytes / MB:.0f} MB file", f"{rss / MB:.0f} MB",
        f"< {limit / MB:.0f} MB", rss < limit)
rss = peak_rss(["--format", "json", str(CORPUS / "large")])
if rss:
    row(f"peak memory, folder of {large_docs} files", f"{rss / MB:.0f} MB")
rss = peak_rss(["--input-format", "jsonl", str(CORPUS / "all.jsonl")])
if rss:
    row(f"peak memory, JSON Lines {jl_bytes / MB:.0f} MB", f"{rss / MB:.0f} MB")
cpu, wall = startup()
if cpu is not None:
    row("start-up, empty input (CPU, perf stat)", f"{cpu:.2f} ms", "< 5 ms", cpu < 5)
row("start-up, empty input (wall, incl. spawn)", f"{wall:.2f} ms")

load = os.getloadavg()[0]
w = max(len(r[0]) for r in rows)
v = max(len(r[1]) for r in rows)
print(f"\nanalyze {subprocess.run([BIN, '--version'], capture_output=True, text=True).stdout.strip()}"
      f" on {CORES} cores, load average {load:.1f} at the end")
print(f"{'measure':<{w}}  {'value':<{v}}  {'target':<12} verdict")
print(f"{'-' * w}  {'-' * v}  {'-' * 12} -------")
for name, value, target, verdict in rows:
    print(f"{name:<{w}}  {value:<{v}}  {target:<12} {verdict}")
PY
