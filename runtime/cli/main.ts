import { Command, CommanderError } from "commander";
import { superviseCommand } from "../../fallback/index.js";
import { isVigilError } from "../errors/index.js";
import { actuatorCommand } from "./actuator-command.js";
import { auditCommand } from "./audit-command.js";
import { detectCommand } from "./detect-command.js";
import { driftCommand } from "./drift-command.js";
import { evalCommand } from "./eval-command.js";
import { fleetCommand } from "./fleet-command.js";
import { gateCommand } from "./gate-command.js";
import { importCommand } from "./import-command.js";
import { replayCommand } from "./replay-command.js";
import { vigilVersion } from "./repo-paths.js";
import { ExitCode, USAGE_ERROR_CODES } from "./exit-codes.js";
import { recordCommand } from "./record-command.js";
import { runCommand } from "./run-command.js";
import { simCommand } from "./sim-camera-command.js";
import { startCommand } from "./start-command.js";
import { trackCommand } from "./track-command.js";
import { watchCommand } from "./watch-command.js";

/** Builds the `vigil` command tree. Exit codes: 0 ok, 1 failure, 2 usage error. */
export function buildProgram(): Command {
  const program = new Command("vigil")
    .description("Vigil: edge perception runtime for safety sensors")
    .version(vigilVersion())
    // Options after a subcommand's name are the subcommand's (needed where a parent and its subcommand share a flag: eval / eval merge).
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError("(add --help for usage)");
  program.addCommand(runCommand());
  program.addCommand(startCommand());
  program.addCommand(detectCommand());
  program.addCommand(simCommand());
  program.addCommand(watchCommand());
  program.addCommand(trackCommand());
  program.addCommand(evalCommand());
  program.addCommand(recordCommand());
  program.addCommand(gateCommand());
  program.addCommand(importCommand());
  program.addCommand(replayCommand());
  program.addCommand(actuatorCommand());
  program.addCommand(superviseCommand());
  program.addCommand(fleetCommand());
  program.addCommand(driftCommand());
  program.addCommand(auditCommand());
  // Subcommands added with addCommand do not inherit exitOverride: set it on every one.
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.showHelpAfterError("(add --help for usage)");
    cmd.commands.forEach(override);
  };
  program.commands.forEach(override);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return ExitCode.USAGE;
  }
  try {
    await program.parseAsync(argv);
    return ExitCode.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end in a CommanderError too; commander already printed the message.
      const ok = ["commander.helpDisplayed", "commander.help", "commander.version"].includes(err.code);
      return ok ? ExitCode.OK : ExitCode.USAGE;
    }
    if (isVigilError(err)) {
      process.stderr.write(`vigil: ${err.code}: ${err.message}\n`);
      return USAGE_ERROR_CODES.has(err.code) ? ExitCode.USAGE : ExitCode.FAILURE;
    }
    process.stderr.write(`vigil: ${(err as Error)?.stack ?? String(err)}\n`);
    return ExitCode.FAILURE;
  }
}

// Exit explicitly: native addons (ONNX Runtime, WASM threads) may keep idle handles alive.
process.exit(await main(process.argv));
