import type { OutboxCounters } from "./durable-outbox.js";

/** Where the link stands: before the first CONNACK, connected, or down (and retrying). */
export type CloudLinkState = "connecting" | "online" | "offline";

/** The last thing that kept the link down; `reasonCode` is the broker's MQTT 5 CONNACK/PUBACK code when it sent one. */
export interface CloudLinkError {
  code: "CLOUD_LINK_DOWN";
  detail: string;
  reasonCode?: number;
  /** The link clock when it happened. */
  timeNs: bigint;
}

/** What the cloud link has done since it was created (outbox counters since the outbox was opened). */
export interface CloudLinkCounters {
  state: CloudLinkState;
  /** Outbox records handed to the MQTT client (a record published again after a reconnect or restart counts again). */
  published: number;
  /** Outbox records the broker acknowledged (PUBACK) and the outbox then removed. */
  acked: number;
  /** Records published and not yet acknowledged (at most maxInflight). */
  inflight: number;
  /** PUBACKs with an error reason code (the record stays and is retried after reconnectMs). */
  publishErrors: number;
  /** Outbox acks that failed (the record stays and is sent again; logged with the outbox's code). */
  ackErrors: number;
  /** Retained DeviceStatus messages the broker acknowledged (online, offline on close). */
  statusPublished: number;
  /** Successful connections (CONNACK 0), the first one included. */
  connects: number;
  /** Successful connections after the first one. */
  reconnects: number;
  /** Failed connection attempts and connection errors: refused CONNACK, TLS and socket errors. */
  connectErrors: number;
  /** Messages that arrived under `.../cmd/#`. */
  commandsReceived: number;
  /** Commands a handler threw on (or rejected), and messages outside the command topics (CLOUD_COMMAND_INVALID). */
  commandErrors: number;
  outbox: OutboxCounters;
}
