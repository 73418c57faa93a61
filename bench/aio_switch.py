"""asyncio twin of aio_switch.cpp: N tasks (default 100,000) that each
await asyncio.sleep(0) K times (default 10); best of R runs (default 3)."""
import asyncio
import sys
import time


async def yielder(k):
    for _ in range(k):
        await asyncio.sleep(0)


async def main(n, k):
    await asyncio.gather(*(yielder(k) for _ in range(n)))


def run():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        asyncio.run(main(n, k))
        best = min(best, time.perf_counter() - t0)
    print(f"RESULT switch tasks={n} yields={k} seconds={best:.4f} "
          f"switches_per_s={n * k / best:.0f}")


if __name__ == "__main__":
    run()
