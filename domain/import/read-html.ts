import { parse } from "parse5";
import type { Paragraph } from "../segmentation/split-paragraphs";
import { MAX_NESTING_DEPTH } from "./limits";

type Node = { nodeName: string; tagName?: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };

/** What a reader gives: the paragraphs, or a refusal when the file nests beyond MAX_NESTING_DEPTH. */
export type ReadParagraphs = { ok: true; paragraphs: Paragraph[] } | { ok: false; code: "too-deep" };

/** Never article text: code, styling, navigation and form controls. */
const DROPPED = new Set(["script", "style", "noscript", "template", "nav", "aside", "form", "button", "iframe", "svg", "canvas", "select", "input", "textarea", "head", "object", "video", "audio", "map"]);
/** Page chrome, dropped when we have to read the whole body rather than an <article>. */
const CHROME = new Set(["header", "footer"]);
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "pre", "dt", "dd", "div", "section", "article", "main", "ul", "ol", "dl", "figure", "table", "tr", "td", "th", "header", "footer", "address", "details", "summary", "body", "hr", "br"]);
/** Blocks read as one paragraph even when they hold other blocks. */
const WHOLE = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"]);

const isElement = (node: Node) => node.tagName !== undefined;

// Every walk below keeps its own stack: parse5 builds trees of any depth, and a recursive walk
// would overflow the JavaScript stack on a page of 100,000 nested elements.

/** Pushes a node's children so that they pop in document order. */
function pushChildren(stack: Node[], node: Node) {
  const children = node.childNodes ?? [];
  for (let k = children.length - 1; k >= 0; k -= 1) stack.push(children[k]);
}

/** Whether any element nests deeper than MAX_NESTING_DEPTH, counted from the document. */
function isTooDeep(document: Node): boolean {
  const stack: [Node, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING_DEPTH) return true;
    for (const child of node.childNodes ?? []) if (isElement(child)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The first element with this tag, in document order. */
function find(root: Node, tag: string): Node | null {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tagName === tag) return node;
    pushChildren(stack, node);
  }
  return null;
}

function hasBlockChild(node: Node): boolean {
  return (node.childNodes ?? []).some((child) => isElement(child) && BLOCKS.has(child.tagName as string) && child.tagName !== "br");
}

function inlineText(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === "#text") parts.push(node.value ?? "");
    else if (!isElement(node) || DROPPED.has(node.tagName as string)) continue;
    else if (node.tagName === "br") parts.push("\n");
    else pushChildren(stack, node);
  }
  return parts.join("");
}

const tidy = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0\r\f]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");

/** A block being read: its children are visited from `next`; `inline` gathers loose text. */
type Frame = { node: Node; inList: boolean; next: number; inline: string };

/**
 * The article's paragraphs from an HTML page, read with a real HTML parser (parse5): the
 * <article> (or <main>) when there is one, else the body without its header, footer and
 * navigation; scripts, styles and forms never. List items are marked as bulleted. A page whose
 * elements nest deeper than MAX_NESTING_DEPTH is refused.
 */
export function readHtml(html: string): ReadParagraphs {
  const document = parse(html) as unknown as Node;
  if (isTooDeep(document)) return { ok: false, code: "too-deep" };
  const article = find(document, "article") ?? find(document, "main");
  const root = article ?? find(document, "body") ?? document;
  const paragraphs: Paragraph[] = [];

  const emit = (text: string, isBulleted: boolean) => {
    const clean = tidy(text);
    if (clean !== "") paragraphs.push({ text: clean.normalize("NFC"), isBulleted });
  };

  const stack: Frame[] = [{ node: root, inList: false, next: 0, inline: "" }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const children = frame.node.childNodes ?? [];
    if (frame.next >= children.length) {
      emit(frame.inline, false);
      stack.pop();
      continue;
    }
    const child = children[frame.next];
    frame.next += 1;
    const tag = child.tagName as string;
    if (!isElement(child)) {
      frame.inline += child.nodeName === "#text" ? (child.value ?? "") : "";
      continue;
    }
    if (DROPPED.has(tag) || (!article && CHROME.has(tag))) continue;
    if (!BLOCKS.has(tag) || tag === "br") {
      frame.inline += inlineText(child);
      continue;
    }
    emit(frame.inline, false);
    frame.inline = "";
    if (hasBlockChild(child) && !WHOLE.has(tag)) {
      stack.push({ node: child, inList: frame.inList || tag === "ul", next: 0, inline: "" });
    } else {
      emit(inlineText(child), tag === "li" && (frame.inList || frame.node.tagName === "ul"));
    }
  }
  return { ok: true, paragraphs };
}
