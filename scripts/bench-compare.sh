#!/usr/bin/env bash
# bench-compare.sh — govinfo-lint against the alternative, side by side, in one run.
#
#   scripts/bench-compare.sh [REPORT.docx] [COPIES]
#
# 1. One report: `pandoc -t plain REPORT.docx` (merely converting it to text, what a
#    pandoc-based checking script pays before it checks anything) against
#    `govinfo-lint --format json REPORT.docx` (reading, recognising and every rule),
#    both as fresh processes, timed by hyperfine (median of RUNS runs after warm-up).
# 2. A folder: COPIES copies of testdata/corpus (.docx from WPS-like and LibreOffice,
#    web pages, GB18030 / UTF-16 / CRLF text; 72 reports a copy, 7 copies = 504),
#    linted by `taskset -c 0,1 govinfo-lint --jobs 2 --format json FOLDER`: reports/s
#    from hyperfine's median, peak RSS from /usr/bin/time -v (the largest of 3 runs).
#
# Needs hyperfine (apt-get install -y hyperfine), pandoc, taskset, GNU time, jq, Go.
# Environment: RUNS (default 20), FOLDER_RUNS (default 10), PANDOC (default pandoc).
# Other processes on the machine skew every figure: the load average is printed with
# the results; run it when the machine is quiet, twice, and keep the medians.
set -euo pipefail

cd "$(dirname "$0")/.."
report=${1:-testdata/corpus/clean-department-2023.docx}
copies=${2:-7}
runs=${RUNS:-20}
folder_runs=${FOLDER_RUNS:-10}
pandoc=${PANDOC:-pandoc}

for tool in hyperfine "$pandoc" taskset jq go; do
	command -v "$tool" >/dev/null || { echo "bench-compare: $tool not found" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench-compare: GNU time (/usr/bin/time) not found" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/govinfo-lint
# The release build, as `make build` makes it (static: see the Makefile).
CGO_ENABLED=0 go build -trimpath -o "$bin" ./cmd/govinfo-lint

# The folder: copies of the corpus, each in its own subfolder.
for i in $(seq 1 "$copies"); do
	mkdir -p "$work/folder/$i"
	cp -r testdata/corpus/*.docx testdata/corpus/libreoffice testdata/corpus/text testdata/corpus/html "$work/folder/$i/"
done
nreports=$(find "$work/folder" -type f \( -name '*.docx' -o -name '*.txt' -o -name '*.html' \) | wc -l)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "machine: $(nproc) CPUs, $cpu; $(uname -sr)"
echo "tools:   $($pandoc --version | head -1); hyperfine $(hyperfine --version | cut -d' ' -f2); $(go version | cut -d' ' -f3)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# govinfo-lint exits 1 when it finds something: -i keeps hyperfine going.
hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$work/one.json" \
	-n pandoc "$pandoc -t plain $report" \
	-n govinfo-lint "$bin --format json $report" >/dev/null 2>&1
hyperfine -N -i --warmup 1 --runs "$folder_runs" --export-json "$work/folder.json" \
	-n folder "taskset -c 0,1 $bin --jobs 2 --format json $work/folder" >/dev/null 2>&1

rss=0
for _ in 1 2 3; do
	# Exit status 1 (findings) is expected: keep set -e and pipefail out of it.
	/usr/bin/time -v -o "$work/time.txt" taskset -c 0,1 "$bin" --jobs 2 --format json "$work/folder" >/dev/null 2>&1 || true
	kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
	if [ "${kb:-0}" -gt "$rss" ]; then rss=$kb; fi
done
# /usr/bin/time -v reports on the command it ran (taskset), which execs govinfo-lint
# in place: the figure is govinfo-lint's own.

med() { jq -r ".results[] | select(.command == \"$2\") | .median" "$1"; }
# CPU time (user + system, mean over runs): unlike the wall clock, it hardly depends on
# what else the machine is doing.
cpu() { jq -r ".results[] | select(.command == \"$2\") | (.user + .system)" "$1"; }
p=$(med "$work/one.json" pandoc)
g=$(med "$work/one.json" govinfo-lint)
f=$(med "$work/folder.json" folder)
pc=$(cpu "$work/one.json" pandoc)
gc=$(cpu "$work/one.json" govinfo-lint)
fc=$(cpu "$work/folder.json" folder)

echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -v p="$p" -v g="$g" -v f="$f" -v pc="$pc" -v gc="$gc" -v fc="$fc" -v n="$nreports" -v rss="$rss" -v rep="$report" 'BEGIN {
	printf "%-52s %12s %s\n", "measure (median)", "value", "target"
	printf "%-52s %9.1f ms\n", "pandoc -t plain (convert only), one report", p*1000
	printf "%-52s %9.1f ms\n", "govinfo-lint --format json, same report", g*1000
	printf "%-52s %10.1f x  >= 20x\n", "  speed-up over pandoc", p/g
	printf "%-52s %10.1f x\n", "  speed-up in CPU time (user+sys)", pc/gc
	printf "%-52s %9.2f s\n", "govinfo-lint, folder of " n " reports, 2 cores", f
	printf "%-52s %12.0f  >= 500\n", "  reports/s", n/f
	printf "%-52s %12.0f\n", "  reports per CPU-second (user+sys)", n/fc
	printf "%-52s %8.1f MiB  <= 100 MiB\n", "  peak RSS (max of 3 runs)", rss/1024
	printf "\nreport: %s\n", rep
}'
