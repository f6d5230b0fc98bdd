import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { findOpenFindings } from "@/server/services/quality/find-open-findings";
import { addTranslation } from "@/server/services/translations/add-translation";
import { createActor } from "./support/actors";

// The same French article translated into English and Spanish, with the same typography in both
// translations: a decimal comma and « » guillemets. Right in Spanish, wrong in English; the server's
// checks (the publish gate, bulk approval) must read each translation with its own language's rules.
const FRENCH = ["Le chômage à 1,5 %", "Le ministre a parlé de « progrès réels » : le taux est passé à 1,5 % en 2019."];
const ENGLISH = ["Unemployment at 1,5 %", "The minister spoke of « real progress »: the rate fell to 1,5 % in 2019."];
const SPANISH = ["El paro, al 1,5 %", "El ministro habló de «avances reales»: la tasa bajó al 1,5 % en 2019."];

async function findingsOf(documentId: string, lang: string) {
  const reviewer = await createActor("REVIEWER");
  const document = await getDocument({ actor: reviewer, documentId, lang });
  const findings = await findOpenFindings(db, { id: documentId, sourceLang: document.sourceLang, targetLang: lang }, document.segments);
  return findings.map((paragraph) => paragraph.map((finding) => finding.checkId).sort());
}

describe("checks by the translation's language", () => {
  it("accept a decimal comma and « » in Spanish and flag the same in English", async () => {
    const reviewer = await createActor("REVIEWER");
    const { id } = await createDocument({
      actor: reviewer,
      input: {
        title: "Chômage",
        pairs: FRENCH.map((sourceText, index) => ({ kind: index === 0 ? ("TITLE" as const) : ("BODY" as const), sourceText, targetText: ENGLISH[index], state: "APPROVED" as const })),
      },
    });
    await addTranslation({ actor: reviewer, input: { documentId: id, lang: "es", targets: SPANISH, sourceRevision: 1 } });

    const english = await findingsOf(id, "en");
    expect(english[0]).toContain("number-mismatch");
    expect(english[1]).toEqual(expect.arrayContaining(["number-mismatch", "source-typography"]));

    const spanish = await findingsOf(id, "es");
    expect(spanish).toEqual([[], []]);

    // Number mismatches are errors: they hold the English back from publication, not the Spanish.
    const openErrors = async (lang: string) => (await getPublishChecklist({ actor: reviewer, documentId: id, lang })).items.find((item) => item.code === "open-errors");
    expect(await openErrors("en")).toMatchObject({ isOk: false, paragraphs: [1, 2] });
    expect(await openErrors("es")).toMatchObject({ isOk: true });
  });
});
