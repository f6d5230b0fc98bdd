import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createGlossaryTerm } from "@/server/services/glossary/create-glossary-term";
import { deleteGlossaryTerm } from "@/server/services/glossary/delete-glossary-term";
import { exportGlossary } from "@/server/services/glossary/export-glossary";
import { importGlossary } from "@/server/services/glossary/import-glossary";
import { listGlossaryTerms } from "@/server/services/glossary/list-glossary-terms";
import { updateGlossaryTerm } from "@/server/services/glossary/update-glossary-term";
import { createActor } from "./support/actors";

describe("glossary", () => {
  it("lets a reviewer add, edit (with optimistic locking) and delete terms; everyone reads them", async () => {
    const reviewer = await createActor("REVIEWER");
    const term = await createGlossaryTerm({ actor: reviewer, input: { sourceTerm: "Varsovie", targetTerm: "Warsaw", forbidden: ["Varsovie"], note: "Capital of Poland" } });
    await expect(createGlossaryTerm({ actor: reviewer, input: { sourceTerm: "Varsovie", targetTerm: "Warszawa" } })).rejects.toMatchObject({ code: "ALREADY_EXISTS" });
    const edited = await updateGlossaryTerm({ actor: reviewer, input: { id: term.id, version: 1, sourceTerm: "Varsovie", targetTerm: "Warsaw", forbidden: ["Varsovie", "Warszawa"], note: "" } });
    expect(edited).toMatchObject({ version: 2, forbidden: ["Varsovie", "Warszawa"] });
    await expect(updateGlossaryTerm({ actor: reviewer, input: { id: term.id, version: 1, sourceTerm: "Varsovie", targetTerm: "X" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const translator = await createActor("TRANSLATOR");
    expect((await listGlossaryTerms({ actor: translator })).map((t) => t.targetTerm)).toContain("Warsaw");
    await deleteGlossaryTerm({ actor: reviewer, id: term.id });
    expect(await db.glossaryTerm.count({ where: { id: term.id } })).toBe(0);
    // Who changed the glossary, and how, stays on record.
    const events = await db.auditEvent.findMany({ where: { entityId: term.id }, select: { action: true, actorId: true } });
    expect(events.map((e) => `${e.action} by ${e.actorId}`).sort()).toEqual(
      ["glossary.term-created", "glossary.term-deleted", "glossary.term-updated"].map((action) => `${action} by ${reviewer.id}`),
    );
  });

  it.each(["TRANSLATOR", "PUBLISHER"] as const)("refuses a %s any change", async (role) => {
    const actor = await createActor(role);
    await expect(createGlossaryTerm({ actor, input: { sourceTerm: "Londres", targetTerm: "London" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importGlossary({ actor, input: { format: "csv", content: "source,target,forbidden,note\nLondres,London,,\n" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("imports CSV and TBX in one transaction, updating known terms, and exports them back", async () => {
    const admin = await createActor("ADMIN");
    const csv = 'source,target,forbidden,note\nLe Caire,Cairo,Le Caire,\n"Téhéran",Tehran,Téhéran|Teheran,"Iran, capital"\n';
    expect(await importGlossary({ actor: admin, input: { format: "csv", content: csv } })).toEqual({ added: 2, updated: 0 });
    expect(await importGlossary({ actor: admin, input: { format: "csv", content: csv } })).toEqual({ added: 0, updated: 2 });
    const tbx = (await exportGlossary({ actor: admin, format: "tbx" })).body;
    await db.glossaryTerm.deleteMany({});
    expect(await importGlossary({ actor: admin, input: { format: "tbx", content: tbx } })).toEqual({ added: 2, updated: 0 });
    const exported = (await exportGlossary({ actor: admin, format: "csv" })).body;
    expect(exported).toBe('source,target,forbidden,note\nLe Caire,Cairo,Le Caire,\nTéhéran,Tehran,Téhéran|Teheran,"Iran, capital"\n');
  });

  it("refuses a bad file, naming the problem, and writes nothing", async () => {
    const admin = await createActor("ADMIN");
    const before = [await db.glossaryTerm.count(), await db.auditEvent.count()];
    await expect(importGlossary({ actor: admin, input: { format: "csv", content: "source,target,forbidden,note\nLondres,London,,\nParis,,,\n" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { reason: "row-incomplete", row: 3 },
    });
    await expect(importGlossary({ actor: admin, input: { format: "tbx", content: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><martif/>' } })).rejects.toMatchObject({
      params: { reason: "xml-doctype-forbidden" },
    });
    expect([await db.glossaryTerm.count(), await db.auditEvent.count()]).toEqual(before);
  });
});
