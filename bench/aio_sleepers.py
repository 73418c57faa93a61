"""asyncio twin of aio_sleepers.cpp: one million (default) concurrent tasks
each sleeping 1 s; total time, overhead (total - 1 s) and peak RSS."""
import asyncio
import resource
import sys
import time


async def sleeper():
    await asyncio.sleep(1)


async def main(n):
    await asyncio.gather(*(sleeper() for _ in range(n)))


def run():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    t0 = time.perf_counter()
    asyncio.run(main(n))
    s = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(f"RESULT sleepers tasks={n} seconds={s:.4f} overhead_s={s - 1.0:.4f} "
          f"peak_rss_mib={rss:.1f}")


if __name__ == "__main__":
    run()
