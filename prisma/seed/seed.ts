// Seeds the starter glossary when the glossary is empty, and demo accounts and the demo
// article on first start only (unless SEED_DEMO_DATA=false): once any account exists, it
// creates none, so it never touches real data. On every start it also adds to the translation
// memory the approved paragraphs that have none (after an upgrade: those approved before the
// memory existed), at most MEMORY_REBUILD_ON_START. Run through `npm run db:seed`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { proposeImport } from "@/domain/import/propose-import";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { hashPassword } from "@/server/auth/password";
import { createDocument } from "@/server/services/documents/create-document";
import { STARTER_GLOSSARY } from "@/domain/qa/starter-glossary";
import { formatVariants } from "@/domain/qa/glossary-variants";
import { MEMORY_REBUILD_ON_START } from "@/domain/memory/limits";
import { rebuildMemory } from "@/server/services/memory/rebuild-memory";
import { DEMO_USERS } from "./demo-users";

const here = path.dirname(new URL(import.meta.url).pathname);

/** The starter glossary ships with the product (not demo data): added whenever the glossary is empty. */
async function seedGlossary(): Promise<string> {
  if ((await db.glossaryTerm.count()) > 0) return "";
  await db.glossaryTerm.createMany({
    data: STARTER_GLOSSARY.map((entry) => ({
      sourceLang: "fr",
      targetLang: "en",
      sourceTerm: entry.sourceTerm,
      targetTerm: entry.targetTerm,
      forbidden: formatVariants(entry.forbidden),
      caseSensitive: entry.isCaseSensitive,
      note: entry.note,
    })),
  });
  return `seed: added the starter glossary (${STARTER_GLOSSARY.length} terms)`;
}

/**
 * Fills the translation memory from approved paragraphs that have no unit (none after the first
 * run: a cheap query), bounded so that a large archive does not hold up the start.
 */
async function fillMemory(): Promise<string> {
  const operator = { id: "seed", email: "seed@localhost", name: "Start", role: "ADMIN" as const, uiLanguage: "en" };
  let result: { paragraphs: number; isComplete: boolean };
  try {
    result = await rebuildMemory({ actor: operator, limit: MEMORY_REBUILD_ON_START });
  } catch (error) {
    // Not a reason to refuse to start (another instance starting at the same time may have
    // added the same paragraph first): the memory is only missing suggestions.
    return `seed: the translation memory was not filled (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); run \`npm run --silent cli -- memory-rebuild\``;
  }
  const { paragraphs, isComplete } = result;
  if (paragraphs === 0) return "";
  const added = `seed: added ${paragraphs} approved ${new Intl.PluralRules("en").select(paragraphs) === "one" ? "paragraph" : "paragraphs"} to the translation memory`;
  return isComplete ? added : `${added} (the limit per start, MEMORY_REBUILD_ON_START); run \`npm run --silent cli -- memory-rebuild\` for the rest`;
}

async function seed(): Promise<string> {
  const glossary = await seedGlossary();
  if (glossary) console.log(glossary);
  const memory = await fillMemory();
  if (memory) console.log(memory);
  if (process.env.SEED_DEMO_DATA === "false") return "seed: demo data skipped (SEED_DEMO_DATA=false)";
  if ((await db.user.count()) > 0) return "seed: accounts exist already, nothing to do";

  const hashes = await Promise.all(DEMO_USERS.map((user) => hashPassword(user.password)));
  const admin = await db.$transaction(async (tx) => {
    const created = [];
    for (const [index, user] of DEMO_USERS.entries()) {
      const row = await tx.user.create({
        data: { email: user.email, name: user.name, role: user.role, uiLanguage: user.uiLanguage, passwordHash: hashes[index], hasDemoPassword: true },
        select: { id: true, email: true, name: true, role: true, uiLanguage: true },
      });
      await recordAudit(tx, { actorId: null, action: "user.created", entityType: "User", entityId: row.id, data: { email: row.email, role: row.role, seed: true } });
      created.push(row);
    }
    const adminRow = created.find((user) => user.role === "ADMIN");
    if (!adminRow) throw new Error("the demo users must include an administrator");
    return { ...adminRow, role: "ADMIN" as const };
  });

  // The demo article goes through the same reading, alignment and classification as an import.
  const side = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(here, name))) });
  const imported = proposeImport({ source: side("article.fr.txt"), target: side("article.en.txt") });
  if (!imported.ok) throw new Error(`demo article cannot be imported: ${imported.reason}`);
  const { title, sourceLang, targetLang, rows } = imported.proposal;
  const { id } = await createDocument({ actor: admin, input: { title, sourceLang, targetLang, pairs: rows } });
  return `seed: created ${DEMO_USERS.length} demo accounts and the demo article (${rows.length} paragraphs, id ${id})`;
}

seed()
  .then((message) => {
    console.log(message);
    return db.$disconnect();
  })
  .catch(async (error: unknown) => {
    console.error("seed failed:", error);
    await db.$disconnect();
    process.exit(1);
  });
