#!/usr/bin/env bash
# Counts the instructions the worker role executes for the pipeline bench's instant phase, with
# callgrind: the main thread's count repeats closely whatever else the (shared) host is doing,
# where emails/s moves with the host's speed. For comparing builds when an effect is too small
# to see in emails/s (docs/BENCHMARKS.md).
#
#   bench/callgrind-worker.sh [label]          # this checkout's dist/
#   BENCH_DIST=/other/dist bench/callgrind-worker.sh before
#
# Runs `npm run bench:pipeline` (instant phase, BENCH_EMAILS=200, BENCH_MAILBOXES=20 unless set)
# with the worker under valgrind (many times slower: minutes), zeroes the counters when the
# phase starts and dumps them when it ends. Prints the main thread's and the background threads'
# instructions (V8's optimizing compiler and GC run on the latter and vary from run to run).
set -euo pipefail
cd "$(dirname "$0")/.."
label=${1:-run}
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
out=$(mktemp -d /tmp/callgrind-worker.XXXXXX)
wrapper="$out/node.sh"
cat > "$wrapper" <<WRAP
#!/usr/bin/env bash
for a in "\$@"; do
  if [ "\$a" = worker ]; then exec valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file=$out/cg.%p.out "$(command -v node)" "\$@"; fi
done
exec "$(command -v node)" "\$@"
WRAP
chmod +x "$wrapper"
log="$out/bench.log"
BENCH_BOOT_TIMEOUT_MS=${BENCH_BOOT_TIMEOUT_MS:-600000} BENCH_PHASES=instant BENCH_EMAILS=${BENCH_EMAILS:-200} BENCH_MAILBOXES=${BENCH_MAILBOXES:-20} BENCH_WARMUP=${BENCH_WARMUP:-40} \
  BENCH_NODE="$wrapper" npm run -s bench:pipeline > "$out/result.json" 2> "$log" &
bench=$!
until grep -q 'instant: [0-9]* emails over' "$log" 2>/dev/null; do kill -0 $bench 2>/dev/null || { cat "$log" >&2; exit 1; }; sleep 1; done
pid=$(pgrep -f "valgrind.*main.js worker" | head -1)
callgrind_control -z "$pid" >/dev/null
until grep -q 'instant: [0-9.]* emails/s' "$log" 2>/dev/null; do kill -0 $bench 2>/dev/null || { cat "$log" >&2; exit 1; }; sleep 1; done
callgrind_control -d "$pid" >/dev/null
wait $bench
dump=$(ls "$out"/cg.*.out.1)
totals=$(callgrind_annotate --inclusive=yes "$dump" 2>/dev/null)
main=$(echo "$totals" | awk '/node::Start\(int/ {gsub(",","",$1); print $1; exit}')
background=$(echo "$totals" | awk '/PlatformWorkerThread/ {gsub(",","",$1); print $1; exit}')
emails=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").pop());const i=r.instant??r.results?.instant;console.log(i.drafted+i.warmup)' "$out/result.json")
echo "{\"label\":\"$label\",\"mainThreadInstructions\":$main,\"backgroundInstructions\":$background,\"emailsInWindow\":$emails,\"dump\":\"$dump\"}"
