import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-errors";

// Shapes seen from Prisma 7 with its driver adapters (recorded with the real drivers), and the
// driver's own errors when a connection dies.
const prisma = (code: string, cause: Record<string, unknown>) => Object.assign(new Error("Invalid invocation"), { name: "PrismaClientKnownRequestError", code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("a database that does not answer", () => {
  it.each([
    ["PostgreSQL refused the connection", prisma("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["a raw query while PostgreSQL is down", prisma("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["SQLite locked past its wait", prisma("P1008", { originalCode: "SQLITE_BUSY", originalMessage: "database is locked", kind: "SocketTimeout" })],
    ["PostgreSQL shutting down (57P01)", prisma("P2010", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" })],
    ["PostgreSQL starting up (57P03)", prisma("P2010", { kind: "postgres", code: "57P03", message: "the database system is starting up" })],
    ["a connection exception (08006)", prisma("P2010", { kind: "postgres", code: "08006", message: "connection failure" })],
    ["too many connections", prisma("P2037", { kind: "TooManyConnections" })],
    ["a pool timeout", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a connect timeout", new Error("timeout expired", { cause: new Error("Connection terminated due to connection timeout") })],
    ["a refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["SQLite busy from the driver", Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" })],
  ])("is recognised: %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique constraint", prisma("P2002", { kind: "UniqueConstraintViolation" })],
    ["a missing row", Object.assign(new Error("No record found"), { code: "P2025" })],
    ["a syntax error", prisma("P2010", { kind: "postgres", code: "42601", message: "syntax error" })],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["nothing", undefined],
    ["a string", "database"],
  ])("is not confused with another failure: %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
