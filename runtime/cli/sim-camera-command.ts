import { Command, Option } from "commander";
import { VigilError } from "../errors/index.js";
import { SystemClock } from "../graph/index.js";
import { createLogger } from "../observe/index.js";
import { CameraSimulator } from "../sim/index.js";
import { parsePositiveInt, parsePositiveNumber } from "./option-parsers.js";
import { simScenarioCommand } from "./sim-scenario-command.js";

/** `vigil sim camera`: publish a folder of images as SensorFrames. */
export function simCommand(): Command {
  const sim = new Command("sim").description("simulated sensors that publish over ZeroMQ");
  sim
    .command("camera")
    .description("publish a folder of JPEG / PNG images as SensorFrames at a fixed rate")
    .requiredOption("--frames <dir>", "folder of images, sent in file-name order")
    .option("--fps <n>", "frames per second", parsePositiveNumber, 10)
    .option("--connect <endpoint>", "dial a runtime that binds (e.g. tcp://127.0.0.1:5555)")
    .option("--bind <endpoint>", "listen, for runtimes that connect")
    .addOption(new Option("--socket <type>", "push (one consumer, waits at the high-water mark) or pub (broadcast, drops)").choices(["push", "pub"]).default("push"))
    .option("--sensor <id>", "sensor id written into every frame", "cam0")
    .option("--loop", "start again after the last image")
    .option("--count <n>", "stop after this many frames", parsePositiveInt)
    .addHelpText("after", "\nExample:\n  vigil sim camera --frames ../shared/fixtures/video/PETS09-S2L1 --fps 10 --connect tcp://127.0.0.1:5555")
    .action(async (opts: { frames: string; fps: number; connect?: string; bind?: string; socket: "push" | "pub"; sensor: string; loop?: boolean; count?: number }) => {
      if ((opts.connect === undefined) === (opts.bind === undefined)) {
        throw new VigilError("USAGE", "give exactly one of --connect ENDPOINT or --bind ENDPOINT");
      }
      const logger = createLogger("vigil-sim-camera", undefined, "sim");
      const clock = new SystemClock();
      const simulator = await CameraSimulator.open({
        framesDir: opts.frames,
        fps: opts.fps,
        endpoint: (opts.connect ?? opts.bind) as string,
        mode: opts.connect !== undefined ? "connect" : "bind",
        socket: opts.socket,
        sensorId: opts.sensor,
        loop: opts.loop === true,
        count: opts.count,
        clock,
        logger,
      });
      const abort = new AbortController();
      const stop = (): void => abort.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      logger.info({ frames: simulator.frameCount, fps: opts.fps, endpoint: opts.connect ?? opts.bind, sensor: opts.sensor }, "sim camera started");
      try {
        const result = await simulator.run(abort.signal);
        logger.info({ ...result }, "sim camera finished");
        process.stdout.write(`${JSON.stringify({ sent: result.sent, late: result.late })}\n`);
      } finally {
        simulator.close();
        process.removeListener("SIGINT", stop);
        process.removeListener("SIGTERM", stop);
      }
    });
  sim.addCommand(simScenarioCommand());
  return sim;
}
