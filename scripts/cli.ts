// The Vis-à-vis command line, on the database named by DATABASE_URL:
//
//   npm run --silent cli -- export <document-id> --format <html|md|txt|json|docx|xliff12|xliff20|tmx>
//                                  [--version N] [--draft] [--out <file>]
//
// Whoever can run it can read the database file, so it acts with operator (administrator)
// rights; it only reads. Exit codes: 0 done, 1 failure, 2 bad input.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const USAGE = `usage:
  cli export <document-id> --format <html|md|txt|json|docx|xliff12|xliff20|tmx> [--version N] [--draft] [--out <file>]`;

class UsageError extends Error {}

/** Read-only operator identity for services: the CLI never writes, so it needs no account row. */
const OPERATOR = { id: "cli-operator", email: "cli@localhost", name: "Command line", role: "ADMIN" as const, uiLanguage: "en" };

async function runExport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string" }, version: { type: "string" }, draft: { type: "boolean", default: false }, out: { type: "string" } },
  });
  const [documentId] = positionals;
  if (!documentId || !values.format) throw new UsageError(USAGE);
  const { exportDocument } = await import("@/server/services/export-document");
  const file = await exportDocument({
    actor: OPERATOR,
    input: { documentId, format: values.format, version: values.version, draft: values.draft },
  });
  const body = typeof file.body === "string" ? file.body : Buffer.from(file.body);
  if (values.out) {
    writeFileSync(values.out, body);
    process.stderr.write(`wrote ${values.out} (${file.filename})\n`);
  } else {
    process.stdout.write(body);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "export") await runExport(rest);
    else throw new UsageError(USAGE);
    return 0;
  } catch (error) {
    const { isAppError } = await import("@/server/errors");
    if (error instanceof UsageError || (error instanceof Error && error.name === "TypeError" && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (isAppError(error)) {
      const detail = Object.entries(error.params).map(([key, value]) => `${key}=${value}`).join(" ");
      process.stderr.write(`error: ${error.code}${detail ? ` (${detail})` : ""}\n`);
      return error.code === "INVALID_INPUT" ? 2 : 1;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    const { db } = await import("@/server/db");
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
