import { readFile, stat, writeFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import {
  buildManifest,
  checkArtifactIO,
  checkUpgrade,
  loadTrustedKeys,
  manifestFromJson,
  manifestToJson,
  MANIFEST_FILE_SUFFIX,
  readPrivateKey,
  signManifest,
  verifyArtifact,
  verifyManifestSignature,
  writeFleetKey,
  type GoldenSource,
  type Refusal,
  type TrustedKeys,
} from "../../device/manifest/index.js";
import type { vigil } from "../../proto/index.js";
import { VigilError } from "../errors/index.js";
import { MODEL_SPEC_PRESET_NAMES, type ModelSpecPreset } from "../perception/index.js";

const KEYGEN_EXAMPLES = `
Writes <dir>/<name>.key (PKCS8 PEM, mode 0600: keep it off devices) and <dir>/<name>.pub
(SPKI PEM: copy it to every device's trusted keys). An existing key is kept unless --force.
Example:
  vigil fleet keygen --out keys                # keys/fleet.key, keys/fleet.pub`;

const SIGN_EXAMPLES = `
Reads the model (sha256, size, inputs and outputs), its spec (--spec, --preset or the YAML
beside it), and the golden images, then signs the manifest with the fleet key.
Golden inputs are IMAGE:LABEL:MIN: the device's self-test must find at least MIN of LABEL.
Examples:
  vigil fleet sign models/yolox_nano.onnx --preset yolox --version 1.2.0 --key keys/fleet.key \\
    --golden images/bus.jpg:person:1
  vigil fleet sign models/yolox_nano.onnx --spec yolox_nano.yaml --version 1.1.0 --key keys/fleet.key --rollback`;

const VERIFY_EXAMPLES = `
Runs the device's checks in its order: signature and trusted key, manifest fields, artifact
size and sha256, downgrade (with --active-version), and the model's inputs and outputs
against the manifest and its spec. Prints PASS, or fails (exit 1) with the refusal's code.
Example:
  vigil fleet verify yolox_nano-1.2.0.manifest.json --model models/yolox_nano.onnx \\
    --trusted keys/fleet.pub --active-version 1.1.0`;

/**
 * Adds `keygen`, `sign` and `verify` to the `vigil fleet` command.
 *   const fleet = new Command("fleet"); addFleetKeyCommands(fleet); // vigil fleet sign model.onnx ...
 */
export function addFleetKeyCommands(fleet: Command): void {
  fleet.addCommand(keygenCommand());
  fleet.addCommand(signCommand());
  fleet.addCommand(verifyCommand());
}

function keygenCommand(): Command {
  return new Command("keygen")
    .description("make an ed25519 fleet signing key: <name>.key (private) and <name>.pub (public)")
    .option("--out <dir>", "folder to write the key files to", ".")
    .option("--name <name>", "file name stem of the key files", "fleet")
    .option("--force", "replace an existing key of that name (manifests signed with the old key stop verifying)")
    .addHelpText("after", KEYGEN_EXAMPLES)
    .action(async (opts: { out: string; name: string; force?: boolean }) => {
      const key = await writeFleetKey(opts.out, opts.name, { force: opts.force === true });
      process.stdout.write(`key id ${key.keyId}\nprivate key ${key.privateKeyPath} (keep secret)\npublic key  ${key.publicKeyPath} (copy to devices)\n`);
    });
}

interface SignOptions {
  spec?: string;
  preset?: ModelSpecPreset;
  version: string;
  key: string;
  name?: string;
  golden?: GoldenSource[];
  rollback?: boolean;
  out?: string;
}

function signCommand(): Command {
  return new Command("sign")
    .description("describe a model version in a manifest and sign it with a fleet key")
    .argument("<model>", "the model artifact (.onnx)")
    .option("--spec <file>", "model spec YAML (default: the YAML beside the model)")
    .addOption(new Option("--preset <name>", "built-in spec instead of a file").choices(MODEL_SPEC_PRESET_NAMES).conflicts("spec"))
    .requiredOption("--version <semver>", "the version, MAJOR.MINOR.PATCH[-prerelease], e.g. 1.2.0")
    .requiredOption("--key <file>", "the fleet private key (from vigil fleet keygen)")
    .option("--name <name>", "model name (default: the spec's name, else the model file's basename)")
    .option("--golden <image:label:min...>", "self-test inputs: image file, label, minimum count", collectGolden)
    .option("--rollback", "allow devices to go to this version from a higher one")
    .option("--out <file>", `where to write the manifest (default: <model>-<version>${MANIFEST_FILE_SUFFIX} in the current folder)`)
    .addHelpText("after", SIGN_EXAMPLES)
    .action(async (model: string, opts: SignOptions) => {
      const key = await readPrivateKey(opts.key);
      const manifest = await buildManifest({
        model,
        version: opts.version,
        ...(opts.spec === undefined ? {} : { spec: opts.spec }),
        ...(opts.preset === undefined ? {} : { preset: opts.preset }),
        ...(opts.name === undefined ? {} : { name: opts.name }),
        golden: opts.golden ?? [],
        rollback: opts.rollback === true,
      });
      const signed = signManifest(manifest, key);
      const out = opts.out ?? resolve(`${basename(model, extname(model))}-${opts.version}${MANIFEST_FILE_SUFFIX}`);
      await writeFile(out, manifestToJson(signed));
      const flags = [signed.rollback ? "rollback" : "", signed.golden.length > 0 ? `${signed.golden.length} golden` : ""].filter(Boolean);
      process.stdout.write(
        `signed ${signed.name} ${signed.version} sha256 ${signed.sha256.slice(0, 12)} key ${signed.keyId}${flags.length > 0 ? ` (${flags.join(", ")})` : ""} -> ${out}\n`,
      );
    });
}

// Variadic: commander passes each value with the list so far.
function collectGolden(value: string, previous: GoldenSource[] | undefined): GoldenSource[] {
  return [...(previous ?? []), parseGolden(value)];
}

/** IMAGE:LABEL:MIN, split from the right so the image path may hold colons. */
function parseGolden(value: string): GoldenSource {
  const last = value.lastIndexOf(":");
  const middle = last > 0 ? value.lastIndexOf(":", last - 1) : -1;
  if (middle <= 0) throw new InvalidArgumentError(`"${value}" is not IMAGE:LABEL:MIN, e.g. images/bus.jpg:person:1.`);
  const image = value.slice(0, middle);
  const label = value.slice(middle + 1, last);
  const minCount = Number(value.slice(last + 1));
  if (label.length === 0) throw new InvalidArgumentError(`"${value}" has no label (IMAGE:LABEL:MIN).`);
  if (!Number.isInteger(minCount) || minCount < 1) throw new InvalidArgumentError(`"${value}": MIN must be a whole number of 1 or more.`);
  return { image, label, minCount };
}

interface VerifyOptions {
  model: string;
  trusted: string[];
  activeVersion?: string;
}

function verifyCommand(): Command {
  return new Command("verify")
    .description("check a signed manifest and its model artifact the way a device does")
    .argument("<manifest>", `the manifest (${MANIFEST_FILE_SUFFIX})`)
    .requiredOption("--model <file>", "the model artifact the manifest describes")
    .requiredOption("--trusted <path...>", "trusted public keys: .pub files or folders of them")
    .option("--active-version <semver>", "the version active on the device, to check for a downgrade")
    .addHelpText("after", VERIFY_EXAMPLES)
    .action(async (manifestPath: string, opts: VerifyOptions) => {
      const text = await readText(manifestPath, "manifest");
      const trusted = await loadTrustedKeys(opts.trusted);
      const manifest = manifestFromJson(text);
      const refused = await firstRefusal(manifest, opts, trusted);
      if (refused !== undefined) throw new VigilError(refused.code, refused.detail);
      process.stdout.write(`PASS ${manifest.name} ${manifest.version} sha256 ${manifest.sha256.slice(0, 12)} key ${manifest.keyId}\n`);
    });
}

async function firstRefusal(manifest: vigil.v1.ModelManifest, opts: VerifyOptions, trusted: TrustedKeys): Promise<Refusal | undefined> {
  const signature = verifyManifestSignature(manifest, trusted);
  if (signature !== undefined) return signature;
  const artifact = verifyArtifact(manifest, await readArtifact(opts.model));
  if (artifact !== undefined) return artifact;
  const upgrade = checkUpgrade(manifest, opts.activeVersion);
  if (upgrade !== undefined) return upgrade;
  return checkArtifactIO(manifest, opts.model);
}

// Only a model of the size a manifest may declare is read whole.
const MAX_READ_BYTES = 2 * 1024 ** 3 - 1;

async function readArtifact(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new VigilError("USAGE", `--model ${path} is not a file`);
    if (info.size > MAX_READ_BYTES) throw new VigilError("MODEL_HASH_MISMATCH", `--model ${path} is ${info.size} bytes, larger than any manifest may declare`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof VigilError) throw err;
    throw new VigilError("USAGE", `cannot read --model ${path}: ${(err as Error).message}`, { cause: err });
  }
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("USAGE", `cannot read ${what} ${path}: ${(err as Error).message}`, { cause: err });
  }
}
