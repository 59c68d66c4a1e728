// Shared pieces of the fleet tests: a loopback HTTP server for the artifact, a signed real
// manifest, and a fleet of simulated devices on one broker.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SimulatedDevice, type SimulatedBehaviour } from "../../../device/fleet/index.js";
import { buildManifest, signManifest, type FleetKey, type TrustedKeys } from "../../../device/manifest/index.js";
import type { vigil } from "../../../proto/index.js";
import { fixture } from "../../fixtures.js";

export const MODEL = fixture("models", "yolox_nano.onnx");

/** Serves `bytes` at /<name> on 127.0.0.1 and counts the requests. */
export class ArtifactServer {
  requests = 0;
  readonly #server: Server;
  readonly url: string;

  private constructor(server: Server, url: string) {
    this.#server = server;
    this.url = url;
  }

  static async start(bytes: Uint8Array, name = "model.onnx"): Promise<ArtifactServer> {
    let counter: ArtifactServer | undefined;
    const server = createServer((req, res) => {
      if (counter) counter.requests++;
      if (req.url !== `/${name}`) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
      res.end(bytes);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    counter = new ArtifactServer(server, `http://127.0.0.1:${port}/${name}`);
    return counter;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.closeAllConnections();
      this.#server.close(() => resolve());
    });
  }
}

/** The fixture model signed as `version` by `key`, and its bytes. */
export async function signedModel(key: FleetKey, version: string): Promise<{ manifest: vigil.v1.ModelManifest; bytes: Buffer }> {
  const manifest = signManifest(await buildManifest({ model: MODEL, preset: "yolox", version }), key);
  return { manifest, bytes: await readFile(MODEL) };
}

export const trustOnly = (key: FleetKey): TrustedKeys => new Map([[key.keyId, key.publicKey]]);

export interface SimFleetOptions {
  url: string;
  site: string;
  count: number;
  trusted: TrustedKeys;
  behaviour?: SimulatedBehaviour;
  /** Per device (index in the sorted order) overrides. */
  trustedFor?: (index: number) => TrustedKeys;
  activeVersionFor?: (index: number) => string;
}

/** `count` simulated devices dev-00, dev-01, ... under `site`, started. */
export async function startSimFleet(o: SimFleetOptions): Promise<SimulatedDevice[]> {
  const devices = Array.from({ length: o.count }, (_, i) =>
    new SimulatedDevice({
      broker: { url: o.url },
      site: o.site,
      device: `dev-${String(i).padStart(2, "0")}`,
      trustedKeys: o.trustedFor?.(i) ?? o.trusted,
      activeVersion: o.activeVersionFor?.(i) ?? "1.0.0",
      behaviour: o.behaviour,
    }),
  );
  await Promise.all(devices.map((d) => d.start()));
  return devices;
}

export async function closeAll(devices: readonly SimulatedDevice[]): Promise<void> {
  await Promise.all(devices.map((d) => d.close()));
}
