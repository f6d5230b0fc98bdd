// Final-language exports of an article: HTML, Markdown, plain text, JSON. Excluded paragraphs
// never reach them (they are not in the Article at all).
import type { Article } from "../publishing/article";
import { escapeHtml, escapeMarkdown, yamlString } from "./escape";
import { draftNoticeOf, type ExportInput, type ExportQuality } from "./types";

const status = (input: ExportInput) => (input.isDraft ? "draft" : "published");

export function toHtml(input: ExportInput): string {
  const article = input.content.article;
  const meta = [
    `<meta charset="utf-8">`,
    `<title>${escapeHtml(article.title)}</title>`,
    `<meta name="keywords" content="${escapeHtml(article.tags.join(", "))}">`,
    ...article.tags.map((tag) => `<meta property="article:tag" content="${escapeHtml(tag)}">`),
    `<meta name="vis-a-vis:status" content="${status(input)}">`,
    ...(input.version === null ? [] : [`<meta name="vis-a-vis:version" content="${input.version}">`]),
  ];
  const header = [
    `<h1>${escapeHtml(article.title)}</h1>`,
    ...(article.byline ? [`<p class="byline">${escapeHtml(article.byline)}</p>`] : []),
    ...(article.readingTime ? [`<p class="reading-time">${escapeHtml(article.readingTime)}</p>`] : []),
  ];
  const body = [
    ...(article.caption ? [`<p class="caption">${escapeHtml(article.caption)}</p>`] : []),
    ...article.body.map((block) => (block.kind === "CREDIT" ? `<p class="credit">${escapeHtml(block.text)}</p>` : `<p>${escapeHtml(block.text)}</p>`)),
  ];
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(article.language)}">`,
    "<head>",
    ...meta.map((line) => `  ${line}`),
    "</head>",
    "<body>",
    "<article>",
    ...(input.isDraft ? [`  <p class="draft-notice" role="note">${escapeHtml(draftNoticeOf(input))}</p>`] : []),
    "  <header>",
    ...header.map((line) => `    ${line}`),
    "  </header>",
    ...body.map((line) => `  ${line}`),
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

export function toMarkdown(input: ExportInput): string {
  const article = input.content.article;
  const frontMatter = [
    "---",
    `title: ${yamlString(article.title)}`,
    `language: ${yamlString(article.language)}`,
    `status: ${status(input)}`,
    `version: ${input.version ?? "null"}`,
    ...(article.byline ? [`byline: ${yamlString(article.byline)}`] : []),
    ...(article.readingTime ? [`reading_time: ${yamlString(article.readingTime)}`] : []),
    article.tags.length === 0 ? "tags: []" : "tags:",
    ...article.tags.map((tag) => `  - ${yamlString(tag)}`),
    "---",
  ];
  const blocks = [
    ...(input.isDraft ? [`> **${escapeMarkdown(draftNoticeOf(input))}**`] : []),
    `# ${escapeMarkdown(article.title)}`,
    ...(article.byline ? [`*${escapeMarkdown(article.byline)}*`] : []),
    ...(article.caption ? [`*${escapeMarkdown(article.caption)}*`] : []),
    ...article.body.map((block) => (block.kind === "CREDIT" ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text))),
  ];
  return `${frontMatter.join("\n")}\n\n${blocks.join("\n\n")}\n`;
}

export function toText(input: ExportInput): string {
  const article = input.content.article;
  const blocks = [
    ...(input.isDraft ? [draftNoticeOf(input)] : []),
    article.title,
    ...(article.byline ? [article.byline] : []),
    ...(article.caption ? [article.caption] : []),
    ...article.body.map((block) => block.text),
    ...(article.tags.length > 0 ? [`Tags: ${article.tags.join(", ")}`] : []),
  ];
  return `${blocks.join("\n\n")}\n`;
}

export type ArticleJson = {
  format: "vis-a-vis/article@1";
  documentId: string;
  status: "draft" | "published";
  version: number | null;
  createdAt: string;
  /** MQM score (decision 024); absent for publications made before scores were kept. */
  quality?: ExportQuality;
  article: Article;
};

export function toJson(input: ExportInput): string {
  const json: ArticleJson = {
    format: "vis-a-vis/article@1",
    documentId: input.documentId,
    status: input.isDraft ? "draft" : "published",
    version: input.version,
    createdAt: input.createdAt,
    ...(input.quality ? { quality: input.quality } : {}),
    article: input.content.article,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
