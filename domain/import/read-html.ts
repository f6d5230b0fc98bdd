import { parse } from "parse5";
import type { Paragraph } from "../segmentation/split-paragraphs";

type Node = { nodeName: string; tagName?: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };

/** Never article text: code, styling, navigation and form controls. */
const DROPPED = new Set(["script", "style", "noscript", "template", "nav", "aside", "form", "button", "iframe", "svg", "canvas", "select", "input", "textarea", "head", "object", "video", "audio", "map"]);
/** Page chrome, dropped when we have to read the whole body rather than an <article>. */
const CHROME = new Set(["header", "footer"]);
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "pre", "dt", "dd", "div", "section", "article", "main", "ul", "ol", "dl", "figure", "table", "tr", "td", "th", "header", "footer", "address", "details", "summary", "body", "hr", "br"]);

const isElement = (node: Node) => node.tagName !== undefined;

function find(node: Node, tag: string): Node | null {
  if (node.tagName === tag) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, tag);
    if (found) return found;
  }
  return null;
}

function hasBlockChild(node: Node): boolean {
  return (node.childNodes ?? []).some((child) => isElement(child) && BLOCKS.has(child.tagName as string) && child.tagName !== "br");
}

function inlineText(node: Node): string {
  if (node.nodeName === "#text") return node.value ?? "";
  if (!isElement(node) || DROPPED.has(node.tagName as string)) return "";
  if (node.tagName === "br") return "\n";
  return (node.childNodes ?? []).map(inlineText).join("");
}

const tidy = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0\r\f]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");

/**
 * The article's paragraphs from an HTML page, read with a real HTML parser (parse5): the
 * <article> (or <main>) when there is one, else the body without its header, footer and
 * navigation; scripts, styles and forms never. List items are marked as bulleted.
 */
export function readHtml(html: string): Paragraph[] {
  const document = parse(html) as unknown as Node;
  const article = find(document, "article") ?? find(document, "main");
  const root = article ?? find(document, "body") ?? document;
  const paragraphs: Paragraph[] = [];

  const emit = (text: string, isBulleted: boolean) => {
    const clean = tidy(text);
    if (clean !== "") paragraphs.push({ text: clean.normalize("NFC"), isBulleted });
  };

  const walk = (node: Node, inList: boolean) => {
    let inline = "";
    const flush = () => {
      emit(inline, false);
      inline = "";
    };
    for (const child of node.childNodes ?? []) {
      const tag = child.tagName;
      if (!isElement(child)) {
        inline += child.nodeName === "#text" ? (child.value ?? "") : "";
        continue;
      }
      if (DROPPED.has(tag as string) || (!article && CHROME.has(tag as string))) continue;
      if (!BLOCKS.has(tag as string) || tag === "br") {
        inline += inlineText(child);
        continue;
      }
      flush();
      const isItem = tag === "li";
      if (hasBlockChild(child) && !["p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"].includes(tag as string)) {
        walk(child, inList || tag === "ul");
      } else {
        emit(inlineText(child), isItem && (inList || node.tagName === "ul"));
      }
    }
    flush();
  };
  walk(root, false);
  return paragraphs;
}
