import "server-only";
import type Database from "better-sqlite3";

/** The most distinct statements kept prepared on the connection (the app uses a few hundred). */
export const MAX_PREPARED_STATEMENTS = 2_000;

type Args = unknown[];

/**
 * Makes the Prisma adapter's connection reuse prepared statements. The adapter prepares every
 * statement again for every query (`prepare(sql).bind(args)`), which costs more than running it
 * for the small statements of a save; with this, each distinct SQL text is compiled once and run
 * with its arguments. Only what the adapter calls is provided: `reader`, `columns()`,
 * `bind(args)` then `run()` or `raw().all()`.
 */
export function reusePreparedStatements(connection: Database.Database): void {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, Database.Statement>();
  const cached = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (statements.size < MAX_PREPARED_STATEMENTS) statements.set(sql, statement);
    }
    return statement;
  };
  const bound = (statement: Database.Statement, args: Args) => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  (connection as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    const statement = cached(sql);
    return {
      reader: statement.reader,
      columns: () => statement.columns(),
      bind: (args: Args) => bound(statement, args),
      run: (...args: Args) => statement.run(...args),
    };
  };
}
