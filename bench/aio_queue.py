"""asyncio twin of aio_queue.cpp: P producers (default 4) put N items in
total (default 1,000,000) into an asyncio.Queue(maxsize=1024); C consumers
(default 4) get them and call task_done(); best of R runs (default 3)."""
import asyncio
import sys
import time


async def producer(q, count):
    for i in range(count):
        await q.put(i)


async def consumer(q, acc):
    while True:
        acc[0] += await q.get()
        q.task_done()


async def main(n, p, c):
    q = asyncio.Queue(maxsize=1024)
    acc = [0]
    consumers = [asyncio.create_task(consumer(q, acc)) for _ in range(c)]
    await asyncio.gather(*(producer(q, n // p) for _ in range(p)))
    await q.join()
    for t in consumers:
        t.cancel()
    return acc[0]


def run():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    p = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    c = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    per = n // p
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        total = asyncio.run(main(n, p, c))
        best = min(best, time.perf_counter() - t0)
        assert total == p * (per * (per - 1) // 2), total
    print(f"RESULT queue items={per * p} producers={p} consumers={c} seconds={best:.4f} "
          f"items_per_s={per * p / best:.0f}")


if __name__ == "__main__":
    run()
