// Starts the shared test Mosquitto for the cloud link tests (kept as a name the tests share;
// MosquittoBroker itself now stays root when the tests run as root).
import { MosquittoBroker, type MosquittoOptions } from "../mosquitto-broker.js";

export function startBroker(options: MosquittoOptions = {}): Promise<MosquittoBroker> {
  return MosquittoBroker.start(options);
}
