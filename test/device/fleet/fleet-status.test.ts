import { describe, expect, it } from "vitest";
import { fleetStatusRows, fleetStatusTable, formatAge } from "../../../device/fleet/index.js";
import { bigintToLong, vigil } from "../../../proto/index.js";

const NOW = 1_800_000_000_000_000_000n;
const status = (o: vigil.v1.DeviceStatus.$Properties): vigil.v1.DeviceStatus => vigil.v1.DeviceStatus.create(o);

describe("fleet status table", () => {
  const statuses = [
    status({ site: "dock-3", device: "fl-9", online: false, state: "offline", activeModel: "yolox_nano", activeVersion: "1.1.0", timeNs: bigintToLong(NOW - 7_200_000_000_000n) }),
    status({
      site: "dock-3",
      device: "fl-7",
      online: true,
      state: "running",
      activeModel: "yolox_nano",
      activeVersion: "1.2.0",
      shadowVersion: "1.3.0-rc.1",
      metrics: { error_rate: 0.0021, p99_latency_ms: 41.27, fallback_triggers: 0 },
      timeNs: bigintToLong(NOW - 3_000_000_000n),
    }),
    status({ site: "a-yard", device: "cam-1", online: true, state: "starting" }),
  ];

  it("sorts by site and device and carries the metrics and the age", () => {
    const rows = fleetStatusRows(statuses, NOW);
    expect(rows.map((r) => [r.site, r.device, r.online, r.activeVersion, r.shadowVersion, r.errorRate, r.p99LatencyMs, r.ageS])).toEqual([
      ["a-yard", "cam-1", true, "", "", null, null, null],
      ["dock-3", "fl-7", true, "1.2.0", "1.3.0-rc.1", 0.0021, 41.27, 3],
      ["dock-3", "fl-9", false, "1.1.0", "", null, null, 7200],
    ]);
  });

  it("prints one aligned row per device and a count", () => {
    const lines = fleetStatusTable(statuses, NOW).trimEnd().split("\n");
    expect(lines.map((l) => l.trim().split(/\s+/))).toEqual([
      ["SITE", "DEVICE", "ONLINE", "STATE", "ACTIVE", "SHADOW", "ERROR_RATE", "P99_MS", "AGE"],
      ["a-yard", "cam-1", "yes", "starting", "-", "-", "-", "-", "-"],
      ["dock-3", "fl-7", "yes", "running", "yolox_nano@1.2.0", "1.3.0-rc.1", "0.0021", "41.27", "3s"],
      ["dock-3", "fl-9", "no", "offline", "yolox_nano@1.1.0", "-", "-", "-", "2h"],
      ["3", "device(s),", "2", "online"],
    ]);
    expect([formatAge(59.6), formatAge(600), formatAge(90_000), formatAge(400_000)]).toEqual(["60s", "10m", "25h", "5d"]);
  });
});
