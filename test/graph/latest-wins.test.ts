import { Subject } from "rxjs";
import { describe, expect, it } from "vitest";
import { latestWins, type LatestWinsGauge } from "../../runtime/graph/index.js";

interface Job {
  key: string;
  n: number;
  trail: string[];
}

/** A stage whose calls finish only when the test says so. */
function controlledStage(name: string) {
  const calls: { job: Job; resolve: () => void; reject: (e: Error) => void }[] = [];
  const stage = (job: Job) =>
    new Promise<Job>((resolve, reject) => {
      calls.push({ job, resolve: () => resolve({ ...job, trail: [...job.trail, name] }), reject });
    });
  return { stage, calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(admit: (job: Job, stage: number) => boolean = () => true) {
  const input = new Subject<Job>();
  const pre = controlledStage("pre");
  const inf = controlledStage("inf");
  const dropped: number[] = [];
  const errors: string[] = [];
  const out: Job[] = [];
  const gauge: LatestWinsGauge = { waiting: 0, inFlight: 0 };
  let completed = false;
  input
    .pipe(
      latestWins<Job>(
        [pre.stage, inf.stage],
        {
          key: (j) => j.key,
          maxKeys: 2,
          onDrop: (j) => dropped.push(j.n),
          admit,
          onError: (j, err, stage) => errors.push(`${j.n}@${stage}:${(err as Error).message}`),
          onOverflow: (j) => errors.push(`overflow ${j.key}`),
        },
        gauge,
      ),
    )
    .subscribe({ next: (j) => out.push(j), complete: () => (completed = true) });
  const send = (key: string, n: number) => input.next({ key, n, trail: [] });
  return { input, pre, inf, dropped, errors, out, gauge, send, isCompleted: () => completed };
}

describe("latestWins", () => {
  it("keeps one waiting job per key and counts the replaced ones as dropped", async () => {
    const t = setup();
    t.send("a", 1); // starts preprocessing at once
    t.send("a", 2); // waits
    t.send("a", 3); // replaces 2
    t.send("a", 4); // replaces 3
    expect(t.pre.calls.map((c) => c.job.n)).toEqual([1]);
    expect(t.dropped).toEqual([2, 3]);
    expect(t.gauge.waiting).toBe(1);
    t.pre.calls[0]!.resolve();
    await flush();
    // 1 moved to inference, so preprocessing of 4 overlaps it.
    expect(t.inf.calls.map((c) => c.job.n)).toEqual([1]);
    expect(t.pre.calls.map((c) => c.job.n)).toEqual([1, 4]);
    expect(t.gauge.waiting).toBe(0);
    expect(t.gauge.inFlight).toBe(2);
  });

  it("does not start a stage while its result would have nowhere to go", async () => {
    const t = setup();
    t.send("a", 1);
    t.pre.calls[0]!.resolve();
    await flush();
    t.send("a", 2);
    t.pre.calls[1]!.resolve(); // 2 is preprocessed and waits for inference (busy with 1)
    await flush();
    t.send("a", 3);
    expect(t.pre.calls).toHaveLength(2); // 3 waits: the handoff slot is full
    expect(t.gauge.waiting).toBe(1);
    t.inf.calls[0]!.resolve();
    await flush();
    expect(t.out.map((j) => [j.n, j.trail.join(">")])).toEqual([[1, "pre>inf"]]);
    expect(t.inf.calls.map((c) => c.job.n)).toEqual([1, 2]);
    expect(t.pre.calls.map((c) => c.job.n)).toEqual([1, 2, 3]);
  });

  it("serves keys round-robin", async () => {
    const t = setup();
    t.send("a", 1);
    t.send("a", 2);
    t.send("b", 10);
    t.pre.calls[0]!.resolve();
    await flush();
    // a's 2 started preprocessing; a's next frame queues behind b's.
    t.send("a", 3);
    expect(t.pre.calls.map((c) => c.job.n)).toEqual([1, 2]);
    t.inf.calls[0]!.resolve();
    t.pre.calls[1]!.resolve();
    await flush();
    expect(t.pre.calls.map((c) => c.job.n)).toEqual([1, 2, 10]);
  });

  it("discards jobs the admit check refuses and goes on with the next", async () => {
    const refused: string[] = [];
    const t = setup((job, stage) => {
      const ok = job.n % 2 === 1;
      if (!ok) refused.push(`${job.n}@${stage}`);
      return ok;
    });
    t.send("a", 2);
    t.send("b", 3);
    expect(refused).toEqual(["2@0"]);
    expect(t.pre.calls.map((c) => c.job.n)).toEqual([3]);
    expect(t.gauge.inFlight).toBe(1);
  });

  it("reports a failing stage and keeps running", async () => {
    const t = setup();
    t.send("a", 1);
    t.send("a", 2);
    t.pre.calls[0]!.reject(new Error("bad jpeg"));
    await flush();
    expect(t.errors).toEqual(["1@0:bad jpeg"]);
    expect(t.pre.calls.map((c) => c.job.n)).toEqual([1, 2]);
    t.pre.calls[1]!.resolve();
    await flush();
    t.inf.calls[0]!.resolve();
    await flush();
    expect(t.out.map((j) => j.n)).toEqual([2]);
    expect(t.gauge).toEqual({ waiting: 0, inFlight: 0 });
  });

  it("completes only after waiting and in-flight jobs are done", async () => {
    const t = setup();
    t.send("a", 1);
    t.send("a", 2);
    t.input.complete();
    expect(t.isCompleted()).toBe(false);
    t.pre.calls[0]!.resolve();
    await flush();
    t.inf.calls[0]!.resolve();
    t.pre.calls[1]!.resolve();
    await flush();
    t.inf.calls[1]!.resolve();
    await flush();
    expect(t.out.map((j) => j.n)).toEqual([1, 2]);
    expect(t.isCompleted()).toBe(true);
  });

  it("bounds the number of keys", () => {
    const t = setup();
    t.send("a", 1); // in flight, not waiting
    t.send("a", 2);
    t.send("b", 3);
    t.send("c", 4); // a third waiting key is over maxKeys = 2
    expect(t.errors).toEqual(["overflow c"]);
  });
});
