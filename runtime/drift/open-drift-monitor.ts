import { existsSync } from "node:fs";
import type { DriftMonitorOptions } from "./drift-monitor.js";
import { DriftMonitor } from "./drift-monitor.js";
import { loadDriftProfile, saveDriftProfile } from "./drift-profile.js";
import { withComponent } from "../observe/index.js";

export interface OpenDriftMonitorOptions extends Omit<DriftMonitorOptions, "profile" | "onProfileFrozen"> {
  /** drift.reference.file resolved against the pipeline file's folder, if configured. */
  referenceFile?: string;
}

/**
 * The monitor `vigil run` starts: with the reference file when it exists (an invalid one
 * rejects with DRIFT_PROFILE_INVALID, the run must not start on a reference it cannot read),
 * else learning online and saving the frozen reference to the file (if one is configured;
 * a failed write is logged as DRIFT_PROFILE_WRITE_FAILED and the monitor goes on with the
 * reference in memory).
 *   const monitor = await openDriftMonitor({ config: config.drift, clock, logger, registry, referenceFile, onAlarm });
 */
export async function openDriftMonitor(options: OpenDriftMonitorOptions): Promise<DriftMonitor> {
  const { referenceFile, ...rest } = options;
  const logger = options.logger === undefined ? undefined : withComponent(options.logger, "drift");
  if (referenceFile !== undefined && existsSync(referenceFile)) {
    const profile = await loadDriftProfile(referenceFile);
    logger?.info({ file: referenceFile, source: profile.source, sensors: Object.keys(profile.sensors) }, "drift reference loaded");
    return new DriftMonitor({ ...rest, profile });
  }
  return new DriftMonitor({
    ...rest,
    onProfileFrozen:
      referenceFile === undefined
        ? undefined
        : (profile) => {
            saveDriftProfile(profile, referenceFile).then(
              () => logger?.info({ file: referenceFile }, "drift reference saved"),
              (err: unknown) => logger?.error({ err, code: "DRIFT_PROFILE_WRITE_FAILED", file: referenceFile }, "drift reference not saved; kept in memory"),
            );
          },
  });
}
