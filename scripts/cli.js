// Starts the command line (scripts/cli.ts) from built JavaScript, so that no TypeScript is
// compiled at run time: on first run, and whenever one of the files it is built from has changed
// since, scripts/cli.ts and the project's modules it imports are bundled by esbuild (the bundler
// tsx uses) into build/cli/; npm packages stay outside the bundle and load from node_modules as
// usual, and each command's modules stay in chunks of their own, loaded when that command runs.
// Checking that the bundle is current costs one stat() per source file.
// `npm run cli -- ...` runs this file; see scripts/cli.ts for the commands.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "build", "cli");
const currentFile = path.join(outDir, "current.json");

/** The current build's entry file, or null when there is none or one of its sources is newer (or gone). */
function currentBundle() {
  let current;
  try {
    current = JSON.parse(readFileSync(currentFile, "utf8"));
  } catch {
    return null;
  }
  const entry = path.join(outDir, current.dir, "cli.mjs");
  const built = statSync(entry, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return null;
  for (const file of current.inputs) {
    const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > built) return null;
  }
  return entry;
}

/**
 * A module that resolves a file next to itself (`new URL("./x.worker.ts", import.meta.url)`)
 * keeps doing so from inside the bundle: its `import.meta.url` is replaced by its own file's URL.
 */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
      const contents = readFileSync(args.path, "utf8");
      if (!contents.includes("import.meta.url")) return undefined;
      return { contents: contents.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

/**
 * npm packages stay outside the bundle. A subpath of a package without an "exports" map
 * ("next/headers") is written with its file's extension, which Node's ESM loader needs.
 */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./@]|^@[^/]+\/|^@\/?$/ }, (args) => {
      if (args.path.startsWith("@/") || args.path.startsWith("node:")) return undefined;
      for (const candidate of [args.path, `${args.path}.js`]) {
        try {
          const resolved = import.meta.resolve(candidate);
          // Node 20's import.meta.resolve does not check that a package's file exists.
          if (!resolved.startsWith("file:") || statSync(fileURLToPath(resolved), { throwIfNoEntry: false })?.isFile()) return { path: candidate, external: true };
        } catch {
          // Not resolvable as written: the next candidate.
        }
      }
      return { path: args.path, external: true };
    });
  },
};

async function buildBundle() {
  const { build } = await import("esbuild");
  mkdirSync(outDir, { recursive: true });
  // Each build in a folder of its own, made current by renaming one small file: commands started
  // at once never read a half-written build.
  const dir = `${Date.now()}-${process.pid}`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: "scripts/cli.ts" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    outdir: path.join(outDir, dir),
    outExtension: { ".js": ".mjs" },
    metafile: true,
    logLevel: "error",
    plugins: [keepModuleUrls, externalPackages],
  });
  const inputs = [...Object.keys(result.metafile.inputs), "scripts/cli.js", "tsconfig.json", "package.json"];
  writeFileSync(`${currentFile}.${process.pid}`, JSON.stringify({ dir, inputs }));
  renameSync(`${currentFile}.${process.pid}`, currentFile);
  // Earlier builds: removed once an hour old (a command started before this build may still be reading one).
  for (const old of readdirSync(outDir)) {
    const time = Number(old.split("-")[0]);
    if (old !== dir && time > 0 && Date.now() - time > 3_600_000) rmSync(path.join(outDir, old), { recursive: true, force: true });
  }
  return path.join(outDir, dir, "cli.mjs");
}

await import(pathToFileURL(currentBundle() ?? (await buildBundle())).href);
