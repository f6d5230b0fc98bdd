import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "./generated/prisma/client";
import { isPostgres, type Tx } from "./db";

/**
 * A column of a bulk insert: its name, and for an enum column its type name (PostgreSQL stores
 * enums as types of their own, SQLite as text).
 */
export type BulkColumn = { name: string; enumType?: string };

/**
 * Parameters per INSERT statement: SQLite accepts 32,766 since 3.32, PostgreSQL 65,535; a
 * statement of up to this many keeps both fast and far from their limits.
 */
const MAX_PARAMETERS_PER_STATEMENT = 30_000;

/**
 * Inserts rows into a table with multi-row INSERT statements on the caller's transaction: for
 * thousands of rows (an imported article) Prisma's createMany spends about a millisecond per row
 * in its query engine, this a few microseconds (decision 026). The caller supplies every column
 * Prisma would fill in itself (ids from `newId`, timestamps from `timestampValue`), so that the
 * rows are the same as createMany's.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly BulkColumn[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(", ")}) VALUES `);
  const casts = columns.map((column) => (isPostgres && column.enumType ? Prisma.raw(`::"${column.enumType}"`) : null));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => {
      if (row.length !== columns.length) throw new Error(`insertRows: ${row.length} values for ${columns.length} columns of ${table}`);
      return Prisma.sql`(${Prisma.join(row.map((value, index) => (casts[index] ? Prisma.sql`${value}${casts[index]}` : Prisma.sql`${value}`)))})`;
    });
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}

/** A DateTime column's value as Prisma writes it: ISO 8601 text with "+00:00" in SQLite, a timestamp in PostgreSQL. */
export function timestampValue(date: Date): Date | string {
  return isPostgres ? date : date.toISOString().replace("Z", "+00:00");
}

let counter = Math.floor(Math.random() * 36 ** 4);
const fingerprint = (process.pid.toString(36) + randomBytes(2).toString("hex")).slice(-4).padStart(4, "0");

/**
 * Random bytes drawn 6 KiB at a time: one call to the system's generator per 1,024 ids instead
 * of one per id, which was most of an id's cost (an import makes thousands of ids).
 */
const RANDOM_POOL_BYTES = 6 * 1024;
let randomPool = randomBytes(RANDOM_POOL_BYTES);
let randomOffset = 0;

function randomSixBytes(): number {
  if (randomOffset + 6 > randomPool.length) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    randomOffset = 0;
  }
  // 48 bits: exact in a double.
  const value = randomPool.readUIntBE(randomOffset, 6);
  randomOffset += 6;
  return value;
}

/**
 * A new row id of the shape of Prisma's cuid() default (25 characters: "c", time, counter,
 * process fingerprint, randomness), for rows written by `insertRows`.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const random = randomSixBytes().toString(36).padStart(8, "0").slice(-8);
  return `c${time}${counter.toString(36).padStart(4, "0")}${fingerprint}${random}`;
}
