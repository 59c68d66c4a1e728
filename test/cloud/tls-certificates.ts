// Test PKI made at test time with the openssl CLI (no key is ever committed): a CA, a server
// certificate for 127.0.0.1 (SAN IP), a client certificate, and a second CA that signed nothing
// the broker uses (for the "wrong CA" case). Files: <name>.pem and <name>.key in `dir`.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TestPki {
  dir: string;
  ca: string;
  otherCa: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

const EC = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

async function makeCa(dir: string, name: string): Promise<void> {
  await run("openssl", [
    "req", "-x509", ...EC, "-days", "2", "-subj", `/CN=vigil-test-${name}`,
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    "-keyout", join(dir, `${name}.key`), "-out", join(dir, `${name}.pem`),
  ]);
}

async function makeLeaf(dir: string, name: string, cn: string, ext: string): Promise<void> {
  await run("openssl", ["req", ...EC, "-subj", `/CN=${cn}`, "-keyout", join(dir, `${name}.key`), "-out", join(dir, `${name}.csr`)]);
  await writeFile(join(dir, `${name}.ext`), `basicConstraints=CA:FALSE\n${ext}\n`);
  await run("openssl", [
    "x509", "-req", "-in", join(dir, `${name}.csr`), "-CA", join(dir, "ca.pem"), "-CAkey", join(dir, "ca.key"),
    "-CAcreateserial", "-days", "2", "-extfile", join(dir, `${name}.ext`), "-out", join(dir, `${name}.pem`),
  ]);
}

export async function makeTestPki(dir: string): Promise<TestPki> {
  await makeCa(dir, "ca");
  await makeCa(dir, "other-ca");
  await makeLeaf(dir, "server", "127.0.0.1", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth");
  await makeLeaf(dir, "client", "fl-tls", "extendedKeyUsage=clientAuth");
  const f = (n: string): string => join(dir, n);
  return {
    dir,
    ca: f("ca.pem"),
    otherCa: f("other-ca.pem"),
    serverCert: f("server.pem"),
    serverKey: f("server.key"),
    clientCert: f("client.pem"),
    clientKey: f("client.key"),
  };
}
