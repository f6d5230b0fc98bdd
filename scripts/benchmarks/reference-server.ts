// The bare reference for bench:load: Node's `http`, the app's database driver (better-sqlite3 or
// pg) and the statements the app runs to read and to save one paragraph, with no framework,
// no sign-in and no ORM. The app's figures are printed as a fraction of this server's.
//   node --import tsx scripts/benchmarks/reference-server.ts <port> <database url>
// GET /api/segments/:id     one SELECT: the paragraph, its last editor's name, its open comments.
// PUT /api/segments/:id     {targetText, version}: in one transaction, the same SELECT, the version
//                           check (409 with the current paragraph), UPDATE ... WHERE version,
//                           INSERT Revision, INSERT AuditEvent, UPDATE Document.lastActivityAt.
// Each request also reads the caller's account by id, as the app does to check the session.
// The answers have the app's shapes ({ data: { segment } }, { error: { code, details } }).
import { randomUUID } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";

const port = Number(process.argv[2]);
const url = process.argv[3];
const isPostgres = /^postgres(ql)?:\/\//i.test(url);

type Row = Record<string, unknown>;
/** The rows a statement returned, or for a write the number of rows it changed. */
type Query = (sql: string, args: unknown[]) => Promise<Row[] & { changes?: number }>;
type Client = { query: Query; transaction: <T>(work: (query: Query) => Promise<T>) => Promise<T> };

const q = (name: string) => `"${name}"`;
const SELECT_SEGMENT =
  `SELECT s.${q("id")}, s.${q("documentId")}, s.${q("lang")}, s.${q("position")}, s.${q("kind")}, s.${q("state")}, s.${q("sourceText")}, ` +
  `s.${q("targetText")}, s.${q("version")}, s.${q("sourceRevision")}, s.${q("removedInRevision")}, s.${q("previousSourceText")}, s.${q("updatedAt")}, ` +
  `u.${q("name")} AS ${q("lastEditorName")}, (SELECT COUNT(*) FROM ${q("Comment")} c WHERE c.${q("segmentId")} = s.${q("id")} ` +
  `AND c.${q("resolvedAt")} IS NULL AND c.${q("parentId")} IS NULL) AS ${q("openCommentCount")} ` +
  `FROM ${q("Segment")} s LEFT JOIN ${q("User")} u ON u.${q("id")} = s.${q("lastEditorId")} WHERE s.${q("id")} = $1`;
const SELECT_USER = `SELECT ${q("id")}, ${q("role")}, ${q("isActive")}, ${q("sessionVersion")} FROM ${q("User")} WHERE ${q("email")} = $1`;
const UPDATE_SEGMENT =
  `UPDATE ${q("Segment")} SET ${q("targetText")} = $1, ${q("state")} = $2, ${q("version")} = $3, ${q("updatedAt")} = $4, ` +
  `${q("previousSourceText")} = NULL, ${q("lastEditorId")} = $5 WHERE ${q("id")} = $6 AND ${q("version")} = $7`;
const INSERT_REVISION =
  `INSERT INTO ${q("Revision")} (${q("id")}, ${q("segmentId")}, ${q("authorId")}, ${q("before")}, ${q("after")}, ${q("reason")}, ${q("segmentVersion")}, ${q("createdAt")}) ` +
  `VALUES ($1, $2, $3, $4, $5, 'EDIT', $6, $7)`;
const INSERT_AUDIT =
  `INSERT INTO ${q("AuditEvent")} (${q("id")}, ${q("actorId")}, ${q("action")}, ${q("entityType")}, ${q("entityId")}, ${q("documentId")}, ${q("data")}, ${q("createdAt")}) ` +
  `VALUES ($1, $2, 'segment.edited', 'Segment', $3, $4, $5, $6)`;
const UPDATE_DOCUMENT = `UPDATE ${q("Document")} SET ${q("lastActivityAt")} = $1 WHERE ${q("id")} = $2`;

function sqliteClient(): Client {
  const connection = new Database(url.replace(/^file:/, ""), { timeout: 5000 });
  const statements = new Map<string, Database.Statement>();
  const run = (sql: string, args: unknown[]): Row[] & { changes?: number } => {
    const text = sql.replace(/\$\d+/g, "?");
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = connection.prepare(text)));
    const values = args.map((arg) => (arg instanceof Date ? arg.toISOString().replace("Z", "+00:00") : arg));
    if (statement.reader) return statement.all(...values) as Row[];
    return Object.assign([], { changes: statement.run(...values).changes });
  };
  return {
    query: async (sql, args) => run(sql, args),
    // better-sqlite3 is synchronous: the transaction cannot interleave with another request.
    transaction: async (work) => {
      run("BEGIN IMMEDIATE", []);
      try {
        const result = await work(async (sql, args) => run(sql, args));
        run("COMMIT", []);
        return result;
      } catch (error) {
        run("ROLLBACK", []);
        throw error;
      }
    },
  };
}

function postgresClient(): Client {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    query: async (sql, args) => {
      const result = await pool.query(sql, args);
      return Object.assign(result.rows, { changes: result.rowCount ?? 0 });
    },
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await work(async (sql, args) => {
          const answer = await connection.query(sql, args);
          return Object.assign(answer.rows, { changes: answer.rowCount ?? 0 });
        });
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK");
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}

const client = isPostgres ? postgresClient() : sqliteClient();

function toSegment(row: Row) {
  return {
    ...row,
    version: Number(row.version),
    position: Number(row.position),
    openCommentCount: Number(row.openCommentCount),
    updatedAt: new Date(String(row.updatedAt instanceof Date ? row.updatedAt.toISOString() : row.updatedAt)).toISOString(),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

class Conflict {
  constructor(readonly current: Row) {}
}

async function save(segmentId: string, userId: string, body: { targetText: string; version: number }) {
  return client.transaction(async (query) => {
    const [row] = await query(SELECT_SEGMENT, [segmentId]);
    if (!row) return null;
    if (Number(row.version) !== body.version) throw new Conflict(row);
    const now = new Date();
    const next = body.version + 1;
    // The version in the WHERE clause makes check-and-write atomic against a concurrent save.
    const updated = await query(UPDATE_SEGMENT, [body.targetText, "DRAFT", next, now, userId, segmentId, body.version]);
    if (updated.changes === 0) throw new Conflict((await query(SELECT_SEGMENT, [segmentId]))[0]);
    await query(INSERT_REVISION, [randomUUID(), segmentId, userId, row.targetText, body.targetText, next, now]);
    await query(INSERT_AUDIT, [randomUUID(), userId, segmentId, row.documentId, JSON.stringify({ position: row.position, reason: "EDIT" }), now]);
    await query(UPDATE_DOCUMENT, [now, row.documentId]);
    return { ...toSegment(row), targetText: body.targetText, version: next, updatedAt: now.toISOString() };
  });
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    void (async () => {
      try {
        const match = /^\/api\/segments\/([^/?]+)$/.exec(req.url ?? "");
        if (!match) return send(res, 404, { error: { code: "NOT_FOUND" } });
        const email = String(req.headers["x-account"] ?? "translator@example.com");
        const [user] = await client.query(SELECT_USER, [email]);
        if (!user || !user.isActive) return send(res, 401, { error: { code: "UNAUTHENTICATED" } });
        if (req.method === "GET") {
          const [row] = await client.query(SELECT_SEGMENT, [match[1]]);
          return row ? send(res, 200, { data: toSegment(row) }) : send(res, 404, { error: { code: "NOT_FOUND" } });
        }
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { targetText: string; version: number };
        const segment = await save(match[1], String(user.id), body);
        return segment ? send(res, 200, { data: { segment, changed: true } }) : send(res, 404, { error: { code: "NOT_FOUND" } });
      } catch (error) {
        if (error instanceof Conflict) return send(res, 409, { error: { code: "CONFLICT", details: { current: toSegment(error.current) } } });
        send(res, 500, { error: { code: "INTERNAL", message: String(error) } });
      }
    })();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => process.stdout.write("listening\n"));
process.on("SIGTERM", () => process.exit(0));
