/** How pressing an assignment is, least to most. Mirrors the Prisma enum `Priority`. */
export const PRIORITIES = ["NORMAL", "URGENT", "BREAKING"] as const;
export type Priority = (typeof PRIORITIES)[number];

export function isPriority(value: unknown): value is Priority {
  return typeof value === "string" && (PRIORITIES as readonly string[]).includes(value);
}

/** A piece of work as "My work" orders it. */
export type QueuedWork = { priority: Priority; dueAt: Date | null };

/**
 * The order of "My work": breaking before urgent before normal, then the earliest due time
 * first, work without a due time last. Used by the server to sort and by tests to state the rule.
 */
export function compareWork(a: QueuedWork, b: QueuedWork): number {
  const byPriority = PRIORITIES.indexOf(b.priority) - PRIORITIES.indexOf(a.priority);
  if (byPriority !== 0) return byPriority;
  if (a.dueAt === null || b.dueAt === null) return (a.dueAt === null ? 1 : 0) - (b.dueAt === null ? 1 : 0);
  return a.dueAt.getTime() - b.dueAt.getTime();
}

/** Past its due time and not done. */
export function isOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() < now.getTime();
}
