// A PostgreSQL server of the test's own, in a temporary folder on a free loopback port, that the
// test may kill and restart without touching any other server. Needs PostgreSQL's binaries
// (Debian: /usr/lib/postgresql/<version>/bin); run as root, the server runs as user postgres.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export function postgresBinaries(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) if (existsSync(path.join(base, version, "bin", "postgres"))) return path.join(base, version, "bin");
  return null;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type ScratchPostgres = {
  adminUrl: string;
  /** Kills the server and every backend at once (SIGKILL), as a crash would. */
  kill: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server and deletes its files. */
  destroy: () => Promise<void>;
};

export async function startScratchPostgres(): Promise<ScratchPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL binaries not found");
  const folder = mkdtempSync(path.join(tmpdir(), "vav-pg-"));
  const data = path.join(folder, "data");
  const isRoot = process.getuid?.() === 0;
  const owner = isRoot ? { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) } : {};
  if (isRoot) chownSync(folder, owner.uid as number, owner.gid as number);
  execFileSync(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"], { ...owner, stdio: "ignore" });
  const port = await freePort();
  let child: ChildProcess | null = null;

  const isUp = async () => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres", connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  };

  const start = async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      // Its own process group, so that killing the group kills the server and its backends.
      child = spawn(path.join(bin, "postgres"), ["-D", data, "-p", String(port), "-k", folder, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"], {
        ...owner,
        detached: true,
        stdio: "ignore",
      });
      for (let wait = 0; wait < 50; wait += 1) {
        if (child.exitCode !== null) break;
        if (await isUp()) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // After a kill, the old backends may still hold the shared memory for a moment: retry.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("the scratch PostgreSQL did not start");
  };

  const kill = async () => {
    const pid = child?.pid;
    if (!pid) return;
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    process.kill(-pid, "SIGKILL");
    await exited;
    child = null;
  };

  await start();
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    kill,
    start,
    destroy: async () => {
      await kill().catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
