#!/usr/bin/env bash
# startup.sh — where the time of linting one report goes, process start-up included.
#
#   scripts/startup.sh [REPORT.docx]
#
# Builds (static, as `make build`) the shipped binary and the four programs of
# scripts/startup (hello, core, cobra, excelize), then times in one hyperfine run:
# pandoc -t plain REPORT, the shipped binary on REPORT, core on REPORT (the linting with
# nothing around it) and the three start-up floors. Prints medians, the page faults of
# each (GNU time) and excelize's package initialiser (GODEBUG=inittrace=1).
# Needs hyperfine, pandoc, jq, bc, GNU time (/usr/bin/time), Go. RUNS (default 30).
set -euo pipefail

cd "$(dirname "$0")/.."
report=${1:-testdata/corpus/clean-department-2023.docx}
runs=${RUNS:-30}
for tool in hyperfine pandoc jq bc go; do
	command -v "$tool" >/dev/null || { echo "startup: $tool not found" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "startup: GNU time (/usr/bin/time) not found" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build() { CGO_ENABLED=0 go build -trimpath -o "$work/$1" "$2"; }
build govinfo-lint ./cmd/govinfo-lint
for p in hello core cobra excelize; do build "$p" "./scripts/startup/$p"; done

echo "machine: $(nproc) CPUs; $(uname -sr); $(go version | cut -d' ' -f3); $(pandoc --version | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N -i --warmup 5 --runs "$runs" --export-json "$work/t.json" \
	-n pandoc "pandoc -t plain $report" \
	-n govinfo-lint "$work/govinfo-lint --format json $report" \
	-n core "$work/core $report" \
	-n hello "$work/hello" \
	-n cobra "$work/cobra" \
	-n excelize "$work/excelize" >/dev/null 2>&1
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo

med() { jq -r ".results[] | select(.command == \"$1\") | .median * 1000" "$work/t.json"; }
faults() {
	/usr/bin/time -f '%R' -o "$work/f" "$@" >/dev/null 2>&1 || true
	cat "$work/f"
}
p=$(med pandoc)
printf '%-44s %9s %7s %13s\n' "process (median of $runs)" "ms" "faults" "pandoc / this"
row() { printf '%-44s %9.1f %7s %13.1f\n' "$1" "$2" "$3" "$(echo "$p / $2" | bc -l)"; }
row "pandoc -t plain (convert only)" "$p" "$(faults pandoc -t plain "$report")"
row "govinfo-lint --format json (shipped)" "$(med govinfo-lint)" "$(faults "$work/govinfo-lint" --format json "$report")"
row "core: read + recognise + all rules, no CLI" "$(med core)" "$(faults "$work/core" "$report")"
row "hello: an empty Go program" "$(med hello)" "$(faults "$work/hello")"
row "cobra: an empty program linking cobra" "$(med cobra)" "$(faults "$work/cobra")"
row "excelize: an empty program linking excelize" "$(med excelize)" "$(faults "$work/excelize")"
echo
echo "20x pandoc is $(echo "$p / 20" | bc -l | xargs printf '%.1f') ms for this report on this machine."
echo "excelize's initialiser, run in every process that links it:"
GODEBUG=inittrace=1 "$work/excelize" 2>&1 | grep 'excelize' | sed 's/^/  /'
echo "report: $report"
