# aio-bench-sizes.sh -- sourced by the aio benchmark drivers
# (run-aio-bench.sh, run-sanitizer-bench.sh): the output folder and the sizes.
#   source "$here/aio-bench-sizes.sh" "$@"
# sets out (AIO_BENCH_DIR, or a fresh /tmp folder) and switch_n, sleepers_n,
# queue_n: the full sizes, or a tenth of them with --quick; any other
# argument prints the usage and exits 2.
out=${AIO_BENCH_DIR:-$(mktemp -d /tmp/aio-bench.XXXXXX)}
mkdir -p "$out"
switch_n=100000 sleepers_n=1000000 queue_n=1000000
if [[ ${1:-} == --quick ]]; then
  switch_n=10000 sleepers_n=100000 queue_n=100000
elif [[ -n ${1:-} ]]; then
  echo "usage: $0 [--quick]" >&2
  exit 2
fi
