import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstValueFrom, take, toArray, type Subscription } from "rxjs";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parseSpeed, scenarioPath, simScenarioCommand } from "../../runtime/cli/sim-scenario-command.js";
import { isVigilError } from "../../runtime/errors/index.js";
import { ManualClock, SystemClock } from "../../runtime/clock/index.js";
import { ingestObjectLists, ObjectListValidator, ZmqFrameSource, type ObjectsItem } from "../../runtime/ingest/index.js";
import { PipelineCounters, RateLimitedLog, silentLogger } from "../../runtime/observe/index.js";
import { Homography, parseRiskConfig, pointInPolygon, type Matrix3, type Point } from "../../runtime/risk/index.js";
import { loadScenarioFile, parseScenario, ScenarioPlayer, ScenarioSimulator, type Scenario } from "../../runtime/sim/index.js";
import { settlesWithin, within } from "../ingest/ingest-test-support.js";

const SCENARIOS = ["pedestrian-crossing", "pedestrian-loitering", "two-forklifts-passing", "sensor-silent"] as const;
/** The documented pair (see the comment at the top of each scenario file). */
const GROUND_TO_IMAGE: Matrix3 = [[500, 512, 960], [0, -12, 1540], [0, 0.8, 1.5]];
const IMAGE_TO_GROUND: Matrix3 = [[2.5, 0, -1600], [0, -1.5, 1540], [0, 0.8, 12]];

const SENSOR = { id: "cam0", image: { width: 1280, height: 720 }, camera: { height_m: 2.5 }, homography_ground_to_image: GROUND_TO_IMAGE };
const minimal = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name: "t", duration_s: 2, sensor: SENSOR, ...extra });
const walker = { id: "p", label: "person", class_id: 0, height_m: 1.75, width_m: 0.5, path: [{ t_s: 0, x_m: 0, y_m: 3 }, { t_s: 1, x_m: 1, y_m: 3 }] };

/** A pinhole camera built from first principles (not from the homography): 2.5 m up at (0, 0), looking +y, pitched down with sin 0.6. */
function pinhole(x: number, y: number, z: number): [number, number] {
  const [s, c, f, h] = [0.6, 0.8, 500, 2.5];
  const depth = y * c + (h - z) * s;
  const down = -y * s + (h - z) * c;
  return [640 + (f * x) / depth, 360 + (f * down) / depth];
}

function expectCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (err) {
    expect(isVigilError(err) ? err.code : err).toBe(code);
    return;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe("scenario schema", () => {
  it("fills every default", () => {
    const s = parseScenario(minimal({ actors: [walker] }));
    expect(s).toMatchObject({ description: "", rate_hz: 10, seed: 1, noise: { box_px: 0, ground_m: 0 }, events: [], tags: {} });
    expect(s.sensor.camera).toEqual({ x_m: 0, y_m: 0, height_m: 2.5 });
    expect(s.actors[0]?.score).toBe(0.9);
    expect(parseScenario(minimal()).actors).toEqual([]);
  });

  it.each([
    ["no sensor", { sensor: undefined }],
    ["a singular homography", { sensor: { ...SENSOR, homography_ground_to_image: [[1, 0, 0], [0, 1, 0], [0, 0, 0]] } }],
    ["waypoint times that do not increase", { actors: [{ ...walker, path: [{ t_s: 1, x_m: 0, y_m: 0 }, { t_s: 1, x_m: 1, y_m: 0 }] }] }],
    ["a one-waypoint path", { actors: [{ ...walker, path: [{ t_s: 1, x_m: 0, y_m: 0 }] }] }],
    ["duplicate actor ids", { actors: [walker, walker] }],
    ["a score above 1", { actors: [{ ...walker, score: 1.2 }] }],
    ["events out of order", { events: [{ t_s: 1, type: "resume" }, { t_s: 0.5, type: "silence" }] }],
    ["an event after the end", { events: [{ t_s: 3, type: "silence" }] }],
    ["an unknown event", { events: [{ t_s: 1, type: "explode" }] }],
    ["a fractional message count", { duration_s: 1.05 }],
    ["an unknown field", { colour: "red" }],
  ])("refuses %s with CONFIG_INVALID", (_what, extra) => {
    expectCode(() => parseScenario(minimal(extra)), "CONFIG_INVALID");
  });

  describe("files", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigil-scenario-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each(SCENARIOS)("pipelines/scenarios/%s.yaml loads, with the documented homography", async (name) => {
      const s = await loadScenarioFile(scenarioPath(name));
      expect(s.name).toBe(name);
      expect(s.sensor.homography_ground_to_image).toEqual(GROUND_TO_IMAGE);
      expect(s.sensor.image).toEqual({ width: 1280, height: 720 });
    });

    it("says CONFIG_NOT_FOUND for a missing file and CONFIG_INVALID for bad YAML", async () => {
      await expect(loadScenarioFile(join(dir, "nope.yaml"))).rejects.toMatchObject({ code: "CONFIG_NOT_FOUND" });
      writeFileSync(join(dir, "bad.yaml"), "name: [unclosed\n");
      await expect(loadScenarioFile(join(dir, "bad.yaml"))).rejects.toMatchObject({ code: "CONFIG_INVALID" });
    });
  });
});

describe("ScenarioPlayer", () => {
  it("the documented inverse is the inverse", () => {
    const inv = Homography.fromMatrix(GROUND_TO_IMAGE).inverse().matrix.flat();
    const doc = IMAGE_TO_GROUND.flat();
    const scale = (doc[8] as number) / (inv[8] as number);
    expect(scale).toBeGreaterThan(0);
    inv.forEach((v, i) => expect(v * scale).toBeCloseTo(doc[i] as number, 9));
  });

  it("walks the crossing pedestrian at 1.4 m/s; its box bottom-centre maps back to its ground point", async () => {
    const s = await loadScenarioFile(scenarioPath("pedestrian-crossing"));
    const player = new ScenarioPlayer(s);
    const toGround = Homography.fromMatrix(IMAGE_TO_GROUND);
    const actor = s.actors[0];
    if (actor === undefined) throw new Error("no actor");
    let seen = 0;
    for (let slot = 0; slot < player.slotCount; slot++) {
      const t = player.slotTime(slot);
      const objects = player.objectsAt(slot);
      const state = player.groundState(actor, t);
      if (t <= 80 / 7) {
        expect(state?.xM).toBeCloseTo(-8 + 1.4 * t, 9);
        expect(state?.yM).toBe(3);
        expect(state?.vxMps).toBeCloseTo(1.4, 9);
        expect(state?.vyMps).toBe(0);
      } else {
        expect(state).toBeUndefined(); // after the last waypoint
        expect(objects).toEqual([]);
      }
      const o = objects[0];
      if (o === undefined) continue;
      seen++;
      const [x1, y1, x2, y2] = o.box as [number, number, number, number];
      const bottom: [number, number] = [(x1 + x2) / 2, y2];
      const back = toGround.apply(bottom);
      expect(Math.abs((back?.[0] ?? NaN) - (-8 + 1.4 * t))).toBeLessThan(0.01);
      expect(Math.abs((back?.[1] ?? NaN) - 3)).toBeLessThan(0.01);
      const foot = pinhole(-8 + 1.4 * t, 3, 0);
      const head = pinhole(-8 + 1.4 * t, 3, 1.75);
      expect(Math.hypot(bottom[0] - foot[0], bottom[1] - foot[1])).toBeLessThan(0.5);
      expect(Math.abs(y1 - head[1])).toBeLessThan(0.5);
      expect(o).toMatchObject({ objectId: 1, label: "person", classId: 0, score: 0.9 });
      expect(o.ground?.vxMps).toBeCloseTo(1.4, 9);
    }
    // In view from x ≈ -5.2 m to x ≈ +5.2 m: about 7.5 s of 10 Hz.
    expect(seen).toBeGreaterThan(70);
    expect(seen).toBeLessThan(80);
    expect(player.objectsAt(0)).toEqual([]); // at x = -8 m it is outside the image
    // At t = 5 s it is in the danger zone (x in [-1.5, 1.5], y in [0, 4]).
    expect(player.objectsAt(50)[0]?.ground).toMatchObject({ yM: 3 });
    expect(player.objectsAt(50)[0]?.ground?.xM).toBeCloseTo(-1, 9);
  });

  it("puts the crossing pedestrian in the documented danger zone exactly when the README says (via a real risk config)", async () => {
    const danger: Point[] = [[-1.5, 0], [1.5, 0], [1.5, 4], [-1.5, 4]];
    const risk = parseRiskConfig({ homographies: { cam0: IMAGE_TO_GROUND }, zones: [{ name: "danger", frame: "ground", polygon: danger }], machine: { point: [0, 0] } });
    const toGround = Homography.fromMatrix(risk.homographies.cam0 as Matrix3);
    const player = new ScenarioPlayer(await loadScenarioFile(scenarioPath("pedestrian-crossing")));
    const inside: number[] = [];
    for (let slot = 0; slot < player.slotCount; slot++) {
      const box = player.objectsAt(slot)[0]?.box;
      if (box === undefined) continue;
      const ground = toGround.apply([((box[0] as number) + (box[2] as number)) / 2, box[3] as number]);
      if (ground !== undefined && pointInPolygon(ground, danger)) inside.push(player.slotTime(slot));
    }
    expect(inside[0]).toBeCloseTo(4.7, 9); // first 10 Hz slot after t = 4.64 s
    expect(inside[inside.length - 1]).toBeCloseTo(6.7, 9); // last before t = 6.79 s
    expect(inside).toHaveLength(21);
  });

  it("is absent before its first waypoint", () => {
    const player = new ScenarioPlayer(parseScenario(minimal({ actors: [{ ...walker, path: [{ t_s: 0.5, x_m: 0, y_m: 3 }, { t_s: 1, x_m: 0, y_m: 3 }] }] })));
    expect(player.objectsAt(4)).toEqual([]);
    expect(player.objectsAt(5)).toHaveLength(1);
    expect(player.objectsAt(10)).toHaveLength(1);
    expect(player.objectsAt(11)).toEqual([]);
    expect(player.objectsAt(7)[0]?.ground).toEqual({ xM: 0, yM: 3, vxMps: 0, vyMps: 0 });
  });

  it("stays silent from a silence event up to the resume", async () => {
    const player = new ScenarioPlayer(await loadScenarioFile(scenarioPath("sensor-silent")));
    const start = 1_000_000_000_000n;
    const lists = Array.from({ length: player.slotCount }, (_, k) => player.listAt(k, start));
    const silentSlots = lists.flatMap((l, k) => (l === null ? [k] : []));
    expect(silentSlots).toEqual(Array.from({ length: 30 }, (_, i) => 50 + i));
    expect(lists[49]?.seq).toBe(50n);
    expect(lists[80]?.seq).toBe(81n);
    expect(lists[80]?.captureTimeNs).toBe(start + 8_000_000_000n);
    expect(lists[80]?.tags).toEqual({ scenario: "sensor-silent" });
  });

  it("is deterministic, and seeded noise changes boxes but not between runs", () => {
    const exact = parseScenario(minimal({ actors: [walker] }));
    const noisy = parseScenario(minimal({ actors: [walker], noise: { box_px: 2, ground_m: 0.05 }, seed: 7 }));
    expect(new ScenarioPlayer(exact).objectsAt(5)).toEqual(new ScenarioPlayer(exact).objectsAt(5));
    const a = new ScenarioPlayer(noisy).objectsAt(5);
    expect(a).toEqual(new ScenarioPlayer(noisy).objectsAt(5));
    expect(a[0]?.box).not.toEqual(new ScenarioPlayer(exact).objectsAt(5)[0]?.box);
    const [x1, y1, x2, y2] = a[0]?.box as number[] as [number, number, number, number];
    expect(x2 >= x1 && y2 >= y1).toBe(true);
  });
});

describe("ScenarioSimulator over ZeroMQ PUSH -> PULL (tcp loopback)", () => {
  const closers: Array<() => void> = [];
  const subscriptions: Subscription[] = [];
  afterEach(() => {
    for (const s of subscriptions.splice(0)) s.unsubscribe();
    for (const close of closers.splice(0).reverse()) close();
  });

  async function receiver(): Promise<{ endpoint: string; lists$: ReturnType<typeof ingestObjectLists>; counters: PipelineCounters }> {
    const source = await ZmqFrameSource.open({ endpoint: "tcp://127.0.0.1:*", socket: "pull", mode: "bind", maxMessageBytes: 1 << 20 });
    closers.push(() => source.close());
    const clock = new ManualClock(1n);
    const counters = new PipelineCounters();
    const lists$ = ingestObjectLists(source, new ObjectListValidator({ maxMessageBytes: 1 << 20, clock }), { counters, log: new RateLimitedLog(silentLogger, clock) });
    return { endpoint: source.endpoint, lists$, counters };
  }

  /** Takes `n` lists, then checks that no further list arrives. */
  async function receiveExactly(lists$: ReturnType<typeof ingestObjectLists>, n: number): Promise<ObjectsItem[]> {
    const items = await within(firstValueFrom(lists$.pipe(take(n), toArray())), 20_000, `${n} ObjectLists`);
    let extra = false;
    subscriptions.push(lists$.subscribe(() => (extra = true)));
    await settlesWithin(new Promise(() => undefined), 200);
    expect(extra).toBe(false);
    return items;
  }

  it.each([
    ["pedestrian-crossing", 140, []],
    ["sensor-silent", 90, Array.from({ length: 30 }, (_, i) => 51 + i)],
  ] as const)("%s at speed max delivers exactly its ObjectLists in seq order", async (name, expected, missingSeqs) => {
    const scenario = await loadScenarioFile(scenarioPath(name));
    expect(scenario.duration_s * scenario.rate_hz - missingSeqs.length).toBe(expected);
    const rx = await receiver();
    const clock = new SystemClock();
    const sim = await ScenarioSimulator.open({ scenario, endpoint: rx.endpoint, mode: "connect", socket: "push", clock, speed: "max", logger: silentLogger });
    closers.push(() => sim.close());
    const startNs = clock.nowNs();
    const [items, result] = await Promise.all([receiveExactly(rx.lists$, expected), sim.run()]);
    expect(result).toEqual({ sent: expected, silent: missingSeqs.length, late: 0, passes: 1 });
    const missing = new Set<number>(missingSeqs);
    const seqs = Array.from({ length: 140 }, (_, i) => i + 1).filter((s) => s <= scenario.duration_s * scenario.rate_hz && !missing.has(s));
    expect(items.map((i) => Number(i.seq))).toEqual(seqs);
    const first = items[0] as ObjectsItem;
    expect(first.captureTimeNs - startNs).toBeGreaterThanOrEqual(0n);
    // Capture times sit on the 100 ms grid of scenario time.
    for (const item of items) expect(item.captureTimeNs - first.captureTimeNs).toBe((item.seq - 1n) * 100_000_000n);
    expect(items.every((i) => i.sensorId === "cam0" && i.tags.scenario === name)).toBe(true);
    expect(rx.counters.snapshot().rejectedUnattributed).toBe(0);
  });

  it("paces a short scenario at speed 20, loops with seq counting on, and stops when aborted", async () => {
    const scenario: Scenario = parseScenario(minimal({ duration_s: 1, actors: [walker] }));
    const rx = await receiver();
    const sim = await ScenarioSimulator.open({ scenario, endpoint: rx.endpoint, mode: "connect", socket: "push", clock: new SystemClock(), speed: 20, loop: true, logger: silentLogger });
    closers.push(() => sim.close());
    const abort = new AbortController();
    const items = firstValueFrom(rx.lists$.pipe(take(25), toArray()));
    const run = sim.run(abort.signal);
    const got = await within(items, 10_000, "25 lists from a looping scenario");
    abort.abort();
    const result = await within(run, 5_000, "run() after abort");
    expect(got.map((i) => Number(i.seq))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(result.passes).toBeGreaterThanOrEqual(2);
    expect(result.sent).toBeGreaterThanOrEqual(25);
  });

  it("refuses a bad speed with USAGE", async () => {
    const scenario = parseScenario(minimal());
    await expect(ScenarioSimulator.open({ scenario, endpoint: "tcp://127.0.0.1:1", mode: "connect", socket: "push", clock: new SystemClock(), speed: 0, logger: silentLogger })).rejects.toMatchObject({ code: "USAGE" });
  });
});

describe("vigil sim scenario", () => {
  it("resolves names to pipelines/scenarios/ and keeps paths", () => {
    expect(scenarioPath("pedestrian-crossing")).toMatch(/pipelines[\\/]scenarios[\\/]pedestrian-crossing\.yaml$/);
    expect(scenarioPath("./x.yaml")).toBe("./x.yaml");
    expect(scenarioPath("other.yml")).toBe("other.yml");
  });

  it("parses --speed", () => {
    expect(parseSpeed("max")).toBe("max");
    expect(parseSpeed("2.5")).toBe(2.5);
    expect(() => parseSpeed("0")).toThrow(/above 0/);
    expect(() => parseSpeed("fast")).toThrow(/above 0/);
  });

  it("shows an example in --help, and needs exactly one of --connect / --bind", async () => {
    const cmd = simScenarioCommand().exitOverride();
    let help = "";
    cmd.configureOutput({ writeOut: (s) => (help += s), writeErr: () => undefined });
    await expect(cmd.parseAsync(["--help"], { from: "user" })).rejects.toMatchObject({ code: "commander.helpDisplayed" });
    expect(help).toContain("Usage: scenario [options] <name|file>");
    expect(help).toContain("vigil sim scenario pedestrian-crossing --connect tcp://127.0.0.1:5555");
    await expect(simScenarioCommand().exitOverride().parseAsync(["pedestrian-crossing"], { from: "user" })).rejects.toMatchObject({ code: "USAGE" });
    await expect(
      simScenarioCommand().exitOverride().parseAsync(["pedestrian-crossing", "--connect", "tcp://127.0.0.1:1", "--bind", "tcp://127.0.0.1:2"], { from: "user" }),
    ).rejects.toMatchObject({ code: "USAGE" });
    await expect(simScenarioCommand().exitOverride().parseAsync(["no-such-scenario", "--connect", "tcp://127.0.0.1:1"], { from: "user" })).rejects.toMatchObject({ code: "CONFIG_NOT_FOUND" });
  });
});
