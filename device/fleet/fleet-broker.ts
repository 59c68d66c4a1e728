import { connect, type IClientOptions, type MqttClient } from "mqtt";
import { MQTT_DEFAULTS, mqttClientOptions, readPem } from "../../runtime/cloud/index.js";
import { VigilError } from "../../runtime/errors/index.js";

/** Where the fleet side's MQTT broker is and how to log in: configuration, not code. */
export interface FleetBrokerOptions {
  /** mqtt://host:port or mqtts://host:port. */
  url: string;
  /** PEM text of the CA that signed the broker's certificate (mqtts://); default: Node's bundled CAs. */
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

/**
 * Reads the PEM files that CLI options name into FleetBrokerOptions: CONFIG_NOT_FOUND naming the
 * option when unreadable, CONFIG_INVALID when one holds no PEM or --cert comes without --key-file.
 */
export async function readBrokerTls(files: { ca?: string; cert?: string; keyFile?: string }): Promise<Pick<FleetBrokerOptions, "ca" | "cert" | "key">> {
  if ((files.cert === undefined) !== (files.keyFile === undefined)) throw new VigilError("CONFIG_INVALID", "a client certificate and its key go together: give both (--cert and --key-file) or neither");
  const read = (option: string, path: string | undefined): Promise<string | undefined> =>
    path === undefined ? Promise.resolve(undefined) : readPem(option, path, "CONFIG_NOT_FOUND");
  const [ca, cert, key] = await Promise.all([read("--ca", files.ca), read("--cert", files.cert), read("--key-file", files.keyFile)]);
  return { ...(ca === undefined ? {} : { ca }), ...(cert === undefined ? {} : { cert }), ...(key === undefined ? {} : { key }) };
}

/**
 * mqtt.js options for a fleet-side MQTT 5 client (runtime/cloud's mqttClientOptions, not yet
 * connected). CONFIG_INVALID for a URL that is not mqtt:// or mqtts://, TLS material on a plain
 * URL, a cert without its key, or a number out of range.
 *   const opts = fleetClientOptions({ url: "mqtt://127.0.0.1:1883" }, { clientId: "vigil-fleet-1", sessionExpirySec: 0 });
 */
export function fleetClientOptions(broker: FleetBrokerOptions, session: FleetSessionOptions): IClientOptions {
  const { url, ca, cert, key, username, password } = broker;
  const tlsGiven = ca !== undefined || cert !== undefined || key !== undefined;
  return mqttClientOptions({
    url,
    clientId: session.clientId,
    username,
    password,
    tls: tlsGiven ? { ca, cert, key } : undefined,
    sessionExpirySec: session.sessionExpirySec,
    cleanStart: session.sessionExpirySec <= 0,
    keepaliveSec: broker.keepaliveSec ?? MQTT_DEFAULTS.keepaliveSec,
    reconnectMs: broker.reconnectMs ?? MQTT_DEFAULTS.reconnectMs,
    connectTimeoutMs: broker.connectTimeoutMs ?? MQTT_DEFAULTS.connectTimeoutMs,
    will: session.will,
    manualConnect: true,
  });
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
