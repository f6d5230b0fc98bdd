// The process's shutdown, shared by the HTTP server (scripts/server.js, plain JavaScript) and the
// app's modules (bundled by Next): both reach the same registry through a global symbol, because
// Next may load a module once per bundle. Plain JavaScript so that the server needs no compiler.

/** @typedef {"stop" | "release"} ShutdownPhase */
/** @typedef {() => unknown} ShutdownHook */

const KEY = Symbol.for("vis-a-vis.lifecycle");

/** @returns {{ isShuttingDown: boolean, hooks: { stop: Map<ShutdownHook, number | undefined>, release: Map<ShutdownHook, number | undefined> } }} */
function registry() {
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  holder[KEY] ??= { isShuttingDown: false, hooks: { stop: new Map(), release: new Map() } };
  return holder[KEY];
}

/**
 * Runs `hook` when the process shuts down. Phase "stop" runs first, once new connections are
 * refused: end long-lived work (live-update streams, background workers) so that in-flight
 * requests can finish. Phase "release" runs after they finished (or the grace period ran out):
 * release database connections. `timeoutMs`, when given, is how long this hook may take instead
 * of the phase's default (a webhook delivery in flight may need its whole send timeout). Returns
 * the function that unregisters the hook.
 * @param {ShutdownHook} hook
 * @param {ShutdownPhase} [phase]
 * @param {number} [timeoutMs]
 * @returns {() => void}
 */
export function onShutdown(hook, phase = "stop", timeoutMs = undefined) {
  const hooks = registry().hooks[phase];
  hooks.set(hook, timeoutMs);
  return () => hooks.delete(hook);
}

/** True from the moment a shutdown starts: readiness answers 503 so a load balancer moves on. */
export function isShuttingDown() {
  return registry().isShuttingDown;
}

/** Marks the process as shutting down (scripts/server.js on SIGTERM/SIGINT, and tests). */
export function beginShutdown() {
  registry().isShuttingDown = true;
}

/**
 * Runs every hook of a phase, each at most its own time limit or `timeoutMs`; a failing hook
 * never stops the others.
 * @param {ShutdownPhase} phase
 * @param {number} [timeoutMs]
 */
export async function runShutdownHooks(phase, timeoutMs = 5_000) {
  const hooks = [...registry().hooks[phase]];
  registry().hooks[phase].clear();
  await Promise.all(
    hooks.map(([hook, ownTimeoutMs]) =>
      Promise.race([
        Promise.resolve()
          .then(hook)
          .catch((error) => console.error(JSON.stringify({ level: "error", msg: "shutdown hook failed", error: String(error) }))),
        new Promise((resolve) => setTimeout(resolve, ownTimeoutMs ?? timeoutMs).unref()),
      ]),
    ),
  );
}
