// Which app servers use a SQLite database file right now, so that `cli restore` can refuse to
// swap the file under them. Each server started by scripts/server.js leaves a small file
// beside the database, named with its process id, and removes it when it stops; a file left by
// a server that crashed names a process that no longer exists and is ignored.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** @param {string} databaseFile */
function markerPrefix(databaseFile) {
  return `${path.basename(databaseFile)}.server-`;
}

/**
 * Records that this process serves the database; returns the function that removes the record.
 * @param {string} databaseFile
 */
export function markServerRunning(databaseFile) {
  const marker = path.join(path.dirname(databaseFile), `${markerPrefix(databaseFile)}${process.pid}.pid`);
  writeFileSync(marker, `${process.pid}\n`);
  return () => rmSync(marker, { force: true });
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
}

/**
 * The process ids of live servers using the database file.
 * @param {string} databaseFile
 * @returns {number[]}
 */
export function runningServers(databaseFile) {
  const prefix = markerPrefix(databaseFile);
  let names = [];
  try {
    names = readdirSync(path.dirname(databaseFile));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith(".pid"))
    .map((name) => Number(name.slice(prefix.length, -".pid".length)))
    .filter((pid) => Number.isInteger(pid) && pid > 0 && isAlive(pid));
}
