import { isAbsolute, join, resolve } from "node:path";
import type { Clock } from "../clock/index.js";
import type { CloudConfig } from "../config/cloud-config.js";
import { VigilError } from "../errors/index.js";
import type { Logger } from "../observe/index.js";
import { DurableOutbox } from "./durable-outbox.js";
import { MessageIdSequence } from "./message-id-sequence.js";
import type { CloudLinkOptions } from "./mqtt-link.js";
import { readPem, type CloudTlsOptions } from "./mqtt-connect-options.js";

export interface CloudLinkDeps {
  /** Folder relative paths (TLS files, outbox dir) resolve against: the pipeline file's. Default: the working directory. */
  baseDir?: string;
  /** Where password_env is looked up. Default process.env. */
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  logger?: Logger;
}

/** The message id sequence's file, inside the outbox folder. */
export const MESSAGE_ID_FILE = "message-id.seq";

/**
 * CloudLink options from the validated `cloud` section: reads the password from the variable
 * password_env names and the TLS PEM files, then opens the outbox and its id sequence (ids
 * `<site>/<device>:<seq>`). Fails with CONFIG_INVALID naming what is missing before anything is opened.
 *   const link = new CloudLink(await cloudLinkOptionsFromConfig(config.cloud, { baseDir: dirname(pipelinePath), logger }));
 */
export async function cloudLinkOptionsFromConfig(config: CloudConfig, deps: CloudLinkDeps = {}): Promise<CloudLinkOptions> {
  const baseDir = deps.baseDir ?? process.cwd();
  const env = deps.env ?? process.env;
  const path = (p: string): string => (isAbsolute(p) ? p : resolve(baseDir, p));
  let password: string | undefined;
  if (config.password_env !== undefined) {
    password = env[config.password_env];
    if (password === undefined || password === "") {
      throw new VigilError("CONFIG_INVALID", `cloud.password_env names ${config.password_env}, which is not set: export ${config.password_env}=<the MQTT password>`);
    }
  }
  let tls: CloudTlsOptions | undefined;
  if (config.tls !== undefined) {
    const t = config.tls;
    const pem = (what: string, value: string | undefined): Promise<string | undefined> =>
      value === undefined ? Promise.resolve(undefined) : readPem(`cloud.tls.${what}`, value.trimStart().startsWith("-----BEGIN") ? value : path(value));
    tls = { rejectUnauthorized: t.reject_unauthorized };
    const [ca, cert, key] = await Promise.all([pem("ca", t.ca), pem("cert", t.cert), pem("key", t.key)]);
    if (ca !== undefined) tls.ca = ca;
    if (cert !== undefined) tls.cert = cert;
    if (key !== undefined) tls.key = key;
    if (t.servername !== undefined) tls.servername = t.servername;
  }
  const dir = path(config.outbox.dir);
  const outbox = await DurableOutbox.open({
    dir,
    maxBytes: config.outbox.max_bytes,
    segmentBytes: config.outbox.segment_bytes,
    fsync: config.outbox.fsync,
    ...(deps.clock === undefined ? {} : { clock: deps.clock }),
  });
  let ids: MessageIdSequence;
  try {
    // site/device: a device name may repeat across sites, an id must not repeat across the fleet.
    ids = await MessageIdSequence.open({ file: join(dir, MESSAGE_ID_FILE), prefix: `${config.site}/${config.device}` });
  } catch (err) {
    await outbox.close();
    throw new VigilError("CONFIG_INVALID", `cloud.outbox.dir ${dir}: cannot open the message id file ${MESSAGE_ID_FILE}: ${(err as Error).message}`, { cause: err });
  }
  const options: CloudLinkOptions = {
    url: config.broker_url,
    site: config.site,
    device: config.device,
    sessionExpirySec: config.session_expiry_s,
    keepaliveSec: config.keepalive_s,
    reconnectMs: config.reconnect_ms,
    connectTimeoutMs: config.connect_timeout_ms,
    maxInflight: config.max_inflight,
    outbox,
    ids,
  };
  if (config.client_id !== undefined) options.clientId = config.client_id;
  if (config.username !== undefined) options.username = config.username;
  if (password !== undefined) options.password = password;
  if (tls !== undefined) options.tls = tls;
  if (deps.clock !== undefined) options.clock = deps.clock;
  if (deps.logger !== undefined) options.logger = deps.logger;
  return options;
}
