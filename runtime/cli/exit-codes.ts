/** Process exit codes of every `vigil` command. */
export const ExitCode = {
  OK: 0,
  FAILURE: 1,
  USAGE: 2,
} as const;

/** Error codes that mean the user asked for something that cannot work as given: exit 2. */
export const USAGE_ERROR_CODES: ReadonlySet<string> = new Set([
  "USAGE",
  "CONFIG_INVALID",
  "CONFIG_NOT_FOUND",
  "MODEL_NOT_FOUND",
  "MODEL_SPEC_INVALID",
  "MOT_FILE_INVALID",
]);
