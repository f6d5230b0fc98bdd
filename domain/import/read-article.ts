import { parseXliff, type XliffParseResult } from "../interchange/parse-xliff";
import { splitParagraphs } from "../segmentation/split-paragraphs";
import { readHtml, type ReadParagraphs } from "./read-html";
import { readMarkdown } from "./read-markdown";

export const INPUT_FORMATS = ["auto", "text", "markdown", "html", "xliff"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export type ResolvedFormat = Exclude<InputFormat, "auto">;

/** The format of an input: what the user chose, else the file name's extension, else the content. */
export function resolveFormat(format: InputFormat, name: string | undefined, text: string): ResolvedFormat {
  if (format !== "auto") return format;
  const extension = name?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === "xlf" || extension === "xliff") return "xliff";
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "txt") return "text";
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<xliff\b/i.test(text)) return "xliff";
  if (/^\s*(<!doctype html|<html\b)|<(body|article|p|div)\b[^>]*>/i.test(text)) return "html";
  return "text";
}

export type ReadResult = { format: "xliff"; xliff: XliffParseResult } | ({ format: Exclude<ResolvedFormat, "xliff"> } & ReadParagraphs);

export function readArticle(text: string, format: ResolvedFormat): ReadResult {
  switch (format) {
    case "xliff":
      return { format, xliff: parseXliff(text) };
    case "html":
      return { format, ...readHtml(text) };
    case "markdown":
      return { format, ...readMarkdown(text) };
    case "text":
      return { format, ok: true, paragraphs: splitParagraphs(text) };
  }
}
