import type { SegmentKind } from "@/domain/segmentation/classify-segment";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import type { Actor } from "@/server/auth/permissions";
import { createActor } from "./actors";

/** A small real document: a title, two body paragraphs, an untranslated one and page furniture. */
export async function createSmallDocument(owner?: Actor) {
  const author = owner ?? (await createActor("TRANSLATOR"));
  const pairs: { kind: SegmentKind; sourceText: string; targetText: string }[] = [
    { kind: "TITLE", sourceText: "Vladimir Poutine en Inde", targetText: "Vladimir Putin in India" },
    { kind: "BODY", sourceText: "Il est à New Delhi ce lundi.", targetText: "He is in New Delhi this Monday." },
    { kind: "BODY", sourceText: "Un déplacement rare.", targetText: "A rare trip." },
    { kind: "BODY", sourceText: "Nul doute que Modi aura des gestes d'amitié.", targetText: "" },
    { kind: "BOILERPLATE", sourceText: "Publicité", targetText: "Advertising" },
  ];
  const { id } = await createDocument({ actor: author, input: { title: "Putin in India", pairs } });
  const document = await getDocument({ actor: author, documentId: id });
  const [title, monday, rare, untranslated, advertising] = document.segments;
  return { document, title, monday, rare, untranslated, advertising };
}
