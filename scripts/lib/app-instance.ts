// Starts built app instances for benchmarks and multi-instance tests, each served as `npm start`
// serves it (scripts/server.js) on its own port against the database named by `databaseUrl`.
// The app must be built already.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export type AppInstance = {
  url: string;
  /** Asks the server to shut down (SIGTERM, graceful). */
  stop: () => void;
  /** The server process, for CPU figures and signals. */
  pid: number;
  /** Resolves with the exit code once the server has exited. */
  exited: Promise<number | null>;
};

/** One secret for every instance this process starts, so a session from one works on the others. */
export const INSTANCE_SECRET = randomBytes(32).toString("base64url");

/** Applies migrations and (optionally) the demo seed to a database, as `npm start` would. */
export function prepareDatabase(databaseUrl: string, { seed = true } = {}) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const steps: string[][] = [["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"]];
  if (seed) steps.push(["--conditions=react-server", "--import", "tsx", "prisma/seed/seed.ts"]);
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export async function startInstance(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<AppInstance> {
  const url = `http://localhost:${port}`;
  // INSTANCE_NODE_ARGS: extra Node options for the servers (e.g. --cpu-prof, which NODE_OPTIONS refuses).
  const nodeArgs = (process.env.INSTANCE_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(root, "scripts/server.js"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      ...extraEnv,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: INSTANCE_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // INSTANCE_STDIO=inherit shows the servers' output (why one did not start).
    stdio: process.env.INSTANCE_STDIO === "inherit" ? "inherit" : "ignore",
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return { url, stop: () => child.kill("SIGTERM"), pid: child.pid ?? 0, exited };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`the instance on port ${port} did not start`);
}
