import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { draftNoticeOf, type ExportInput } from "./types";

/** A Word document of the final article, with the tags as document keywords. */
export async function toDocx(input: ExportInput): Promise<Uint8Array> {
  const article = input.content.article;
  const italic = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });
  const children = [
    ...(input.isDraft ? [new Paragraph({ children: [new TextRun({ text: draftNoticeOf(input), bold: true, color: "B3261E" })] })] : []),
    new Paragraph({ text: article.title, heading: HeadingLevel.TITLE }),
    ...(article.byline ? [italic(article.byline)] : []),
    ...(article.caption ? [italic(article.caption)] : []),
    ...article.body.map((block) => (block.kind === "CREDIT" ? italic(block.text) : new Paragraph({ text: block.text }))),
  ];
  const document = new Document({
    title: article.title,
    keywords: article.tags.join(", "),
    description: input.isDraft ? draftNoticeOf(input) : `Version ${input.version}`,
    creator: "Vis-à-vis",
    // Word's spelling and grammar check, and screen readers, take the text's language from here.
    styles: { default: { document: { run: { language: { value: article.language } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
