// `npm run bench -- fallback`: how fast the independent fallback puts the machine in a safe
// state when the runtime dies (SIGKILL) or hangs (SIGSTOP), measured at `vigil actuator`
// (real processes over ZeroMQ on loopback), against the heartbeat deadline; and how long the
// machine takes to be released once the fault clears. Nothing here asserts: the fault
// injection tests do.
import { FaultRig, wallNs } from "../test/fault/fault-rig.js";
import { publishReport, table } from "./report.js";
import { percentile, round } from "./stats.js";

interface FaultRow {
  fault: string;
  trials: number;
  deadlineMs: number;
  reactionP50Ms: number;
  reactionP99Ms: number;
  reactionMaxMs: number;
  /** max − deadline: the goal is ≤ 10 ms. */
  overDeadlineMaxMs: number;
  goalMet: boolean;
  recoveryP50Ms: number;
  recoveryMaxMs: number;
  recoveryMeasures: string;
}

const GOAL_SLACK_MS = 10;

export async function fallbackBench(_fixtures: string, { quick }: { quick: boolean }): Promise<void> {
  const trials = quick ? 5 : 50;
  const rig = await FaultRig.start({ kind: "objects", fps: 10 });
  const { heartbeatDeadlineMs, heartbeatPeriodMs, checkPeriodMs, healthyMs, validityMs } = rig.timing;
  const rows: FaultRow[] = [];
  try {
    const hang = { reaction: [] as number[], recovery: [] as number[] };
    for (let i = 0; i < trials; i++) {
      const faultNs = wallNs();
      rig.runtime.child.kill("SIGSTOP");
      const { ms } = await rig.reactionMs(faultNs);
      hang.reaction.push(ms);
      rig.runtime.child.kill("SIGCONT");
      const clearNs = wallNs();
      const released = await rig.waitFor((t) => t.to === "PROCEED", clearNs, 15_000);
      hang.recovery.push(Number(released.atNs - clearNs) / 1e6);
      progress("hang", i + 1, trials, ms);
    }
    rows.push(row("hang (SIGSTOP)", hang, heartbeatDeadlineMs, "SIGCONT → actuator PROCEED"));

    const kill = { reaction: [] as number[], recovery: [] as number[] };
    for (let i = 0; i < trials; i++) {
      const faultNs = wallNs();
      rig.runtime.child.kill("SIGKILL");
      const { ms } = await rig.reactionMs(faultNs);
      kill.reaction.push(ms);
      await rig.runtime.exited;
      const clearNs = wallNs();
      await rig.startRuntime();
      const released = await rig.waitFor((t) => t.to === "PROCEED", clearNs, 60_000);
      kill.recovery.push(Number(released.atNs - clearNs) / 1e6);
      progress("kill", i + 1, trials, ms);
    }
    rows.push(row("kill (SIGKILL)", kill, heartbeatDeadlineMs, "restart → actuator PROCEED (cold start)"));
  } finally {
    await rig.close();
  }

  const config = { trials, heartbeatPeriodMs, heartbeatDeadlineMs, supervisorTickMs: checkPeriodMs, recoveryHealthyMs: healthyMs, commandValidityMs: validityMs };
  const markdown = [
    "## Reaction: fault → SAFE at `vigil actuator`",
    "",
    `Runtime (\`vigil run\`, objects pipeline), \`vigil supervise\` and \`vigil actuator\` as separate processes; heartbeats every ${heartbeatPeriodMs} ms, ` +
      `deadline ${heartbeatDeadlineMs} ms, supervisor tick ${checkPeriodMs} ms. Goal: max ≤ deadline + ${GOAL_SLACK_MS} ms.`,
    "",
    table(
      ["fault", "trials", "deadline ms", "p50 ms", "p99 ms", "max ms", "max − deadline ms", "goal"],
      rows.map((r) => [r.fault, r.trials, r.deadlineMs, r.reactionP50Ms, r.reactionP99Ms, r.reactionMaxMs, r.overDeadlineMaxMs, r.goalMet ? "met" : "missed"]),
    ),
    "",
    "## Recovery after the fault clears",
    "",
    `The supervisor releases after ${healthyMs} ms of health (recovery.healthy_ms), then its last SAFE_STOP lapses; the time includes both.`,
    "",
    table(
      ["fault", "measured", "p50 ms", "max ms"],
      rows.map((r) => [r.fault, r.recoveryMeasures, r.recoveryP50Ms, r.recoveryMaxMs]),
    ),
  ];
  publishReport({ suite: "fallback", markdown, data: { config, results: rows } }, { write: !quick });
}

function row(fault: string, s: { reaction: number[]; recovery: number[] }, deadlineMs: number, recoveryMeasures: string): FaultRow {
  const max = Math.max(...s.reaction);
  return {
    fault,
    trials: s.reaction.length,
    deadlineMs,
    reactionP50Ms: round(percentile(s.reaction, 50), 1),
    reactionP99Ms: round(percentile(s.reaction, 99), 1),
    reactionMaxMs: round(max, 1),
    overDeadlineMaxMs: round(max - deadlineMs, 1),
    goalMet: max <= deadlineMs + GOAL_SLACK_MS,
    recoveryP50Ms: round(percentile(s.recovery, 50), 0),
    recoveryMaxMs: round(Math.max(...s.recovery), 0),
    recoveryMeasures,
  };
}

function progress(fault: string, done: number, total: number, ms: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${fault} ${done}/${total} (last ${ms.toFixed(1)} ms)   `);
  else if (done % 10 === 0 || done === total) process.stderr.write(`${fault} ${done}/${total}\n`);
}
