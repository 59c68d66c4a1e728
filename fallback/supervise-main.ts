// The entry of `vigil supervise` (bin/vigil.js imports it instead of runtime/cli/main.ts),
// so the supervisor process never loads the runtime's CLI, its ML backends or RxJS.
import { Command, CommanderError } from "commander";
import { isVigilError } from "../runtime/errors/index.js";
import { superviseCommand } from "./supervise-command.js";

/** Error codes that mean the request cannot work as given: exit 2 (the subset of runtime/cli/exit-codes.ts that applies here). */
const USAGE_CODES: ReadonlySet<string> = new Set(["USAGE", "CONFIG_INVALID", "CONFIG_NOT_FOUND"]);

/** Runs `vigil supervise ...`; 0 ok, 1 failure (refused reset, socket failure), 2 usage. */
async function superviseMain(argv: string[]): Promise<number> {
  const supervise = superviseCommand().exitOverride().showHelpAfterError("(add --help for usage)");
  const program = new Command("vigil").exitOverride().addCommand(supervise);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help ends in a CommanderError too; commander already printed the message.
      return ["commander.helpDisplayed", "commander.help", "commander.version"].includes(err.code) ? 0 : 2;
    }
    if (isVigilError(err)) {
      process.stderr.write(`vigil: ${err.code}: ${err.message}\n`);
      return USAGE_CODES.has(err.code) ? 2 : 1;
    }
    process.stderr.write(`vigil: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

process.exit(await superviseMain(process.argv));
