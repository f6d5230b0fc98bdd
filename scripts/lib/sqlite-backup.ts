// `cli backup` and `cli restore` for the SQLite default. A backup is SQLite's online backup API
// (through better-sqlite3), so it is consistent even while the app writes: a reader sees the
// database as of one moment. A restore swaps the file and is refused while a server uses it.
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { runningServers } from "./running-servers.js";

export class BackupError extends Error {}

/** SQLite's backup step size meaning "the rest of the database" (its largest page count). */
const ALL_PAGES = 0x7fffffff;

/** Reads a file as a Vis-à-vis database: SQLite, intact, with its migration history. */
function inspect(file: string): { migrations: number; documents: number } {
  let connection: Database.Database;
  try {
    connection = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a SQLite database: ${(error as Error).message}`);
  }
  try {
    const check = connection.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${file} is damaged (quick_check: ${String(check)})`);
    const migrations = connection.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as { n: number };
    const documents = connection.prepare('SELECT COUNT(*) AS n FROM "Document"').get() as { n: number };
    return { migrations: migrations.n, documents: documents.n };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a Vis-à-vis database (${(error as Error).message})`);
  } finally {
    connection.close();
  }
}

/**
 * Copies the live database to `target` with SQLite's online backup API, while the app keeps
 * serving. The copy is written beside the target and renamed once complete and checked, so a
 * failed backup never leaves a half file under the name given. Refuses to overwrite a file.
 */
export async function backupSqlite(databaseFile: string, target: string) {
  if (!existsSync(databaseFile)) throw new BackupError(`no database at ${databaseFile}`);
  const destination = path.resolve(target);
  if (existsSync(destination)) throw new BackupError(`${destination} exists already: choose a new file name`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(databaseFile, { fileMustExist: true });
  // Wait for a writer's lock rather than failing at once (as the app does).
  source.pragma("busy_timeout = 5000");
  try {
    // Every page in one step, under one read lock: copied page by page, a backup restarts each
    // time another connection writes, so under steady writes it would never finish.
    await source.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`the backup failed: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  const contents = inspect(partial);
  renameSync(partial, destination);
  return { file: destination, bytes: statSync(destination).size, ...contents };
}

/**
 * Puts a backup in place of the database, the app stopped: refused while a server started by
 * `npm start` uses the file. The database it replaces is kept beside it (`.replaced-<time>`).
 */
export function restoreSqlite(databaseFile: string, backup: string) {
  const source = path.resolve(backup);
  if (!existsSync(source)) throw new BackupError(`no backup at ${source}`);
  const servers = runningServers(databaseFile);
  if (servers.length > 0) {
    throw new BackupError(`the app is running on ${databaseFile} (process ${servers.join(", ")}): stop it first, then restore`);
  }
  const contents = inspect(source);
  const incoming = `${databaseFile}.restoring`;
  const copy = new Database(source, { readonly: true, fileMustExist: true });
  return copy
    .backup(incoming, { progress: () => ALL_PAGES })
    .finally(() => copy.close())
    .then(() => {
      const replaced = existsSync(databaseFile) ? `${databaseFile}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}` : null;
      if (replaced) renameSync(databaseFile, replaced);
      // The old database's write-ahead log belongs to it, not to the backup.
      for (const suffix of ["-wal", "-shm", "-journal"]) {
        if (existsSync(`${databaseFile}${suffix}`)) {
          if (replaced) renameSync(`${databaseFile}${suffix}`, `${replaced}${suffix}`);
          else rmSync(`${databaseFile}${suffix}`, { force: true });
        }
      }
      renameSync(incoming, databaseFile);
      return { file: databaseFile, restoredFrom: source, replaced, ...contents };
    });
}
