import { readFile } from "node:fs/promises";
import type { IClientOptions } from "mqtt";
import { VigilError } from "../errors/index.js";

/** TLS for an mqtts:// broker. ca, cert and key are PEM text or paths to PEM files. */
export interface CloudTlsOptions {
  /** The CA that signed the broker's certificate (default: Node's bundled CAs). */
  ca?: string;
  /** Client certificate, for brokers that require one (with key). */
  cert?: string;
  key?: string;
  /** Refuse a broker whose certificate does not verify. Default true. */
  rejectUnauthorized?: boolean;
  /** Name to verify the certificate against when it differs from the URL's host. */
  servername?: string;
}

/** One MQTT 5 session: what the link and the subscriber share. */
/** How a client reaches the broker: what the device link and the consumers share (all but url optional). */
export interface MqttBrokerOptions {
  /** mqtt://host:port or mqtts://host:port. */
  url: string;
  username?: string;
  password?: string;
  /** Only with mqtts://. */
  tls?: CloudTlsOptions;
  /** How long the broker keeps the session (subscriptions, queued QoS 1 messages) while the client is away. Default 3600. */
  sessionExpirySec?: number;
  /** Default 30. */
  keepaliveSec?: number;
  /** Wait between reconnect attempts (10 ms to 10 min). Default 1000. */
  reconnectMs?: number;
  /** A CONNACK that has not come after this long counts as a failed attempt. Default 10,000. */
  connectTimeoutMs?: number;
}

export interface MqttSessionOptions {
  /** mqtt://host:port or mqtts://host:port. */
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  tls?: CloudTlsOptions;
  /** The broker keeps the session (subscriptions, queued QoS 1 messages) this long after a disconnect. */
  sessionExpirySec: number;
  keepaliveSec: number;
  /** Wait between reconnect attempts (mqtt.js reconnectPeriod). */
  reconnectMs: number;
  connectTimeoutMs: number;
  will?: { topic: string; payload: Buffer; retain: boolean; qos: 1 };
  /** Start a new session, dropping any the broker kept (MQTT 5 clean start); with sessionExpirySec 0 the session ends with the connection. Default false: resume the kept one. */
  cleanStart?: boolean;
  /** Create the client without connecting: attach the handlers, then call client.connect(). Default false. */
  manualConnect?: boolean;
}

/** What every Vigil MQTT client uses where MqttBrokerOptions leaves a value out. */
export const MQTT_DEFAULTS = { sessionExpirySec: 3600, keepaliveSec: 30, reconnectMs: 1000, connectTimeoutMs: 10_000 } as const;

/**
 * The session a client asks for: its broker options (only those; callers' own fields stay
 * out) with MQTT_DEFAULTS filled in, plus what is particular to it (will, clean start, ...).
 *   await mqttConnectOptions(brokerSession(options, "vigil-dock-3-fl-7", { will }));
 */
export function brokerSession(broker: MqttBrokerOptions, clientId: string, extra: Partial<MqttSessionOptions> = {}): MqttSessionOptions {
  return {
    url: broker.url,
    clientId,
    username: broker.username,
    password: broker.password,
    tls: broker.tls,
    sessionExpirySec: broker.sessionExpirySec ?? MQTT_DEFAULTS.sessionExpirySec,
    keepaliveSec: broker.keepaliveSec ?? MQTT_DEFAULTS.keepaliveSec,
    reconnectMs: broker.reconnectMs ?? MQTT_DEFAULTS.reconnectMs,
    connectTimeoutMs: broker.connectTimeoutMs ?? MQTT_DEFAULTS.connectTimeoutMs,
    ...extra,
  };
}

const PEM_START = "-----BEGIN";

/**
 * PEM text as given, or the contents of the file it names: `unreadable` (default
 * CONFIG_INVALID) naming `what` when the file cannot be read, CONFIG_INVALID when it holds no PEM.
 *   const ca = await readPem("--ca", flags.ca, "CONFIG_NOT_FOUND");
 */
export async function readPem(what: string, value: string, unreadable: "CONFIG_INVALID" | "CONFIG_NOT_FOUND" = "CONFIG_INVALID"): Promise<string> {
  if (value.trimStart().startsWith(PEM_START)) return value;
  let text: string;
  try {
    text = await readFile(value, "utf8");
  } catch (err) {
    throw new VigilError(unreadable, `${what}: cannot read PEM file ${value}: ${(err as Error).message}`, { cause: err });
  }
  if (!text.includes(PEM_START)) throw new VigilError("CONFIG_INVALID", `${what}: ${value} holds no PEM block (expected "${PEM_START} ...")`);
  return text;
}

function checkInt(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VigilError("CONFIG_INVALID", `${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

/**
 * mqtt.js options for a durable MQTT 5 session (clean false + session expiry), TLS files read
 * (CloudTlsOptions: PEM text or paths). Reconnects are the client's own (every reconnectMs, also
 * after a refused CONNACK, so a fixed password file or certificate is picked up without a restart).
 *   const opts = await mqttConnectOptions({ url, clientId: "vigil-dock-3-fl-7", sessionExpirySec: 3600, keepaliveSec: 30, reconnectMs: 1000, connectTimeoutMs: 10_000 });
 */
export async function mqttConnectOptions(o: MqttSessionOptions): Promise<IClientOptions> {
  const options = mqttClientOptions(o);
  // mqttClientOptions has refused tls on an mqtt:// URL and a cert without its key
  if (o.tls?.ca !== undefined) options.ca = await readPem("tls.ca", o.tls.ca);
  if (o.tls?.cert !== undefined) options.cert = await readPem("tls.cert", o.tls.cert);
  if (o.tls?.key !== undefined) options.key = await readPem("tls.key", o.tls.key);
  return options;
}

/**
 * mqttConnectOptions without reading files: tls.ca, tls.cert and tls.key are PEM text, used as
 * given. CONFIG_INVALID for a URL that is not mqtt:// or mqtts://, tls on a plain URL, a cert
 * without its key, or a number out of range.
 *   const opts = mqttClientOptions({ url: "mqtt://127.0.0.1:1883", clientId: "vigil-fleet-1", sessionExpirySec: 0, cleanStart: true, keepaliveSec: 30, reconnectMs: 1000, connectTimeoutMs: 10_000 });
 */
export function mqttClientOptions(o: MqttSessionOptions): IClientOptions {
  let url: URL;
  try {
    url = new URL(o.url);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `broker url "${o.url}" is not a URL (e.g. mqtts://broker.example:8883)`, { cause: err });
  }
  const secure = url.protocol === "mqtts:";
  if (!secure && url.protocol !== "mqtt:") throw new VigilError("CONFIG_INVALID", `broker url "${o.url}" must start with mqtt:// or mqtts://`);
  if (!secure && o.tls !== undefined) throw new VigilError("CONFIG_INVALID", `tls is set but broker url "${o.url}" is mqtt://; use mqtts:// for TLS`);
  if (o.clientId.length === 0 || Buffer.byteLength(o.clientId) > 65_535) throw new VigilError("CONFIG_INVALID", "clientId must be 1 to 65535 bytes");
  checkInt("sessionExpirySec", o.sessionExpirySec, 0, 0xffffffff);
  checkInt("keepaliveSec", o.keepaliveSec, 0, 65_535);
  checkInt("reconnectMs", o.reconnectMs, 10, 600_000);
  checkInt("connectTimeoutMs", o.connectTimeoutMs, 100, 600_000);
  const tls = o.tls ?? {};
  if ((tls.cert === undefined) !== (tls.key === undefined)) throw new VigilError("CONFIG_INVALID", "tls.cert and tls.key go together: set both or neither");
  const clean = o.cleanStart ?? false;
  const options: IClientOptions = {
    protocolVersion: 5,
    clientId: o.clientId,
    clean,
    keepalive: o.keepaliveSec,
    reconnectPeriod: o.reconnectMs,
    reconnectOnConnackError: true,
    connectTimeout: o.connectTimeoutMs,
    // the caller subscribes itself when the broker has no session for it
    resubscribe: false,
    // only QoS 1 is used; nothing waits in mqtt.js's offline queue
    queueQoSZero: false,
  };
  // a clean session that ends with the connection needs no property: 0 is MQTT 5's default
  if (!clean || o.sessionExpirySec > 0) options.properties = { sessionExpiryInterval: o.sessionExpirySec };
  if (o.manualConnect === true) options.manualConnect = true;
  if (o.username !== undefined) options.username = o.username;
  if (o.password !== undefined) options.password = o.password;
  if (o.will !== undefined) options.will = { ...o.will };
  if (secure) {
    options.rejectUnauthorized = tls.rejectUnauthorized ?? true;
    if (tls.servername !== undefined) options.servername = tls.servername;
    if (tls.ca !== undefined) options.ca = tls.ca;
    if (tls.cert !== undefined) options.cert = tls.cert;
    if (tls.key !== undefined) options.key = tls.key;
  }
  return options;
}
