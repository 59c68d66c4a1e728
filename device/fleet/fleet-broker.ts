import { readFile } from "node:fs/promises";
import { connect, type IClientOptions, type MqttClient } from "mqtt";
import { VigilError } from "../../runtime/errors/index.js";

/** Where the fleet side's MQTT broker is and how to log in: configuration, not code. */
export interface FleetBrokerOptions {
  /** mqtt://host:port or mqtts://host:port. */
  url: string;
  /** PEM text of the CA that signed the broker's certificate (mqtts://). */
  ca?: string;
  /** Client certificate and key (PEM text), for brokers that require one. */
  cert?: string;
  key?: string;
  username?: string;
  password?: string;
  /** Default 30. */
  keepaliveSec?: number;
  /** Wait between reconnect attempts. Default 1000. */
  reconnectMs?: number;
  /** Default 10,000. */
  connectTimeoutMs?: number;
}

/** The session a fleet-side client asks for. */
export interface FleetSessionOptions {
  clientId: string;
  /** > 0: a durable session (clean false), so QoS 1 reports queue at the broker while this client reconnects. 0: a clean one. */
  sessionExpirySec: number;
  /** The last will (a device's offline status). */
  will?: { topic: string; payload: Buffer; retain: boolean; qos: 1 };
}

/** Reads the PEM files that CLI options name into FleetBrokerOptions (CONFIG_NOT_FOUND naming the option when unreadable). */
export async function readBrokerTls(files: { ca?: string; cert?: string; keyFile?: string }): Promise<Pick<FleetBrokerOptions, "ca" | "cert" | "key">> {
  const read = async (option: string, path: string | undefined): Promise<string | undefined> => {
    if (path === undefined) return undefined;
    try {
      return await readFile(path, "utf8");
    } catch (err) {
      throw new VigilError("CONFIG_NOT_FOUND", `cannot read ${option} ${path}: ${(err as Error).message}`, { cause: err });
    }
  };
  const [ca, cert, key] = await Promise.all([read("--ca", files.ca), read("--cert", files.cert), read("--key-file", files.keyFile)]);
  return { ...(ca === undefined ? {} : { ca }), ...(cert === undefined ? {} : { cert }), ...(key === undefined ? {} : { key }) };
}

/**
 * mqtt.js options for a fleet-side MQTT 5 client. CONFIG_INVALID for a URL that is not
 * mqtt:// or mqtts://, TLS material on a plain URL, or a cert without its key.
 *   const opts = fleetClientOptions({ url: "mqtt://127.0.0.1:1883" }, { clientId: "vigil-fleet-1", sessionExpirySec: 0 });
 */
export function fleetClientOptions(broker: FleetBrokerOptions, session: FleetSessionOptions): IClientOptions {
  let url: URL;
  try {
    url = new URL(broker.url);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `broker url "${broker.url}" is not a URL (e.g. mqtt://127.0.0.1:1883 or mqtts://broker.example:8883)`, { cause: err });
  }
  const secure = url.protocol === "mqtts:";
  if (!secure && url.protocol !== "mqtt:") throw new VigilError("CONFIG_INVALID", `broker url "${broker.url}" must start with mqtt:// or mqtts://`);
  const tlsGiven = broker.ca !== undefined || broker.cert !== undefined || broker.key !== undefined;
  if (!secure && tlsGiven) throw new VigilError("CONFIG_INVALID", `TLS files are given but broker url "${broker.url}" is mqtt://; use mqtts:// for TLS`);
  if ((broker.cert === undefined) !== (broker.key === undefined)) throw new VigilError("CONFIG_INVALID", "a client certificate and its key go together: give both (--cert and --key-file) or neither");
  const durable = session.sessionExpirySec > 0;
  const options: IClientOptions = {
    protocolVersion: 5,
    clientId: session.clientId,
    clean: !durable,
    keepalive: broker.keepaliveSec ?? 30,
    reconnectPeriod: broker.reconnectMs ?? 1000,
    reconnectOnConnackError: true,
    connectTimeout: broker.connectTimeoutMs ?? 10_000,
    // subscriptions are made again by the owner when the broker has no session (sessionPresent false)
    resubscribe: false,
    queueQoSZero: false,
    manualConnect: true,
  };
  if (durable) options.properties = { sessionExpiryInterval: session.sessionExpirySec };
  if (session.will !== undefined) options.will = { ...session.will };
  if (broker.username !== undefined) options.username = broker.username;
  if (broker.password !== undefined) options.password = broker.password;
  if (secure) {
    options.rejectUnauthorized = true;
    if (broker.ca !== undefined) options.ca = broker.ca;
    if (broker.cert !== undefined) options.cert = broker.cert;
    if (broker.key !== undefined) options.key = broker.key;
  }
  return options;
}

/**
 * A fleet-side client, not yet connected: attach 'message' and 'connect' handlers, then call
 * `client.connect()` (or connectFleetClient), so nothing queued for the session is missed.
 *   const client = createFleetClient(broker, { clientId, sessionExpirySec: 3600 }); client.on("message", h); await connectFleetClient(client);
 */
export function createFleetClient(broker: FleetBrokerOptions, session: FleetSessionOptions): MqttClient {
  return connect(broker.url, fleetClientOptions(broker, session));
}

/** Errors a retry will not fix: the broker refused the login (MQTT 5 CONNACK reason), or the TLS certificate does not verify. */
function isPermanent(err: Error & { code?: unknown }): boolean {
  if (typeof err.code === "number") return err.code >= 0x80;
  return typeof err.code === "string" && /CERT|SIGNATURE|SELF_SIGNED|ALTNAME|ISSUER/.test(err.code);
}

/**
 * Starts the connection and resolves on the first CONNACK. CLOUD_LINK_DOWN (the client is
 * ended then) at once when the broker refuses the login or its certificate does not verify,
 * else after timeoutMs. Later drops reconnect in the background (mqtt.js).
 *   await connectFleetClient(client);
 */
export function connectFleetClient(client: MqttClient, timeoutMs = 15_000): Promise<void> {
  const where = `${client.options.protocol ?? "mqtt"}://${client.options.host ?? "?"}:${client.options.port ?? "?"}`;
  return new Promise((resolve, reject) => {
    let lastError = "no answer";
    const fail = (why: string): void => {
      clearTimeout(timer);
      client.removeListener("connect", onConnect);
      client.removeListener("error", onError);
      client.on("error", () => undefined); // the client is given up: a late socket error has nowhere to go
      client.end(true);
      reject(new VigilError("CLOUD_LINK_DOWN", `cannot connect to the broker ${where}: ${why}; check --broker, the TLS files (--ca, --cert, --key-file) and the credentials`));
    };
    const onError = (err: Error & { code?: unknown }): void => {
      lastError = typeof err.code === "number" ? `${err.message} (reason code ${err.code})` : err.message;
      if (isPermanent(err)) fail(lastError);
    };
    const timer = setTimeout(() => fail(`no connection within ${timeoutMs} ms (${lastError})`), timeoutMs);
    const onConnect = (): void => {
      clearTimeout(timer);
      client.removeListener("error", onError);
      resolve();
    };
    client.once("connect", onConnect);
    client.on("error", onError);
    if (!client.connected) client.connect();
  });
}

/**
 * Disconnects. A durable session is ended with session expiry 0, so the broker stops queueing
 * for a client that will not come back; gives up after timeoutMs and drops the socket.
 */
export function endFleetClient(client: MqttClient, { dropSession = true, timeoutMs = 5000 } = {}): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      client.end(true);
      resolve();
    }, timeoutMs);
    const durable = client.options.clean === false;
    const opts = dropSession && durable && client.connected ? { properties: { sessionExpiryInterval: 0 } } : {};
    client.end(!client.connected, opts, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
