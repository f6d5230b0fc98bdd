import { Lexer, type Token, type Tokens } from "marked";
import type { Paragraph } from "../segmentation/split-paragraphs";
import type { ReadParagraphs } from "./read-html";
import { MAX_NESTING_DEPTH } from "./limits";

/** Container markers at the start of a line: a blockquote `>`, or a list bullet or number. */
const MARKER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * An upper bound of how deep Markdown nests, read from the text alone: marked recurses once per
 * blockquote, list and emphasis level, so it must not see text nested beyond MAX_NESTING_DEPTH.
 * A line opens at most one container per marker in its prefix, and continues at most the
 * containers open before it (each nested one needs two more columns of indentation, or its own
 * `>`). An emphasis level needs a `*` or `_` that can open (before non-space) and one that can
 * close (after non-space) in the same paragraph.
 */
function markdownNesting(markdown: string): number {
  let deepest = 0;
  let open = 0;
  let paragraphBlocks = 0;
  let openers = 0;
  let closers = 0;
  const endParagraph = () => {
    deepest = Math.max(deepest, paragraphBlocks + Math.min(openers, closers));
    paragraphBlocks = openers = closers = 0;
  };
  for (const line of markdown.split("\n")) {
    if (line.trim() === "") {
      endParagraph();
      continue;
    }
    let markers = 0;
    let indent = 0;
    let at = 0;
    for (;;) {
      const character = line[at];
      if (character === " " || character === "\t") {
        indent += character === "\t" ? 4 : 1;
        at += 1;
        continue;
      }
      const marker = MARKER.exec(line.slice(at, at + 11));
      if (!marker) break;
      markers += 1;
      at += marker[0].length;
      if (line[at] === " " || line[at] === "\t") at += 1; // the one space that belongs to the marker
    }
    const depth = markers === 0 ? 0 : Math.min(markers + Math.floor(indent / 2), open + markers);
    open = Math.max(open, depth);
    paragraphBlocks = Math.max(paragraphBlocks, depth);
    for (let k = at; k < line.length; k += 1) {
      if (line[k] !== "*" && line[k] !== "_") continue;
      let end = k;
      while (line[end + 1] === line[k]) end += 1;
      const before = line[k - 1];
      const after = line[end + 1];
      const canOpen = after !== undefined && after !== " " && after !== "\t";
      const canClose = before !== undefined && before !== " " && before !== "\t";
      // snake_case: an underscore between letters or digits neither opens nor closes.
      const isIntraword = line[k] === "_" && canOpen && canClose && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
      if (!isIntraword) {
        if (canOpen) openers += end - k + 1;
        if (canClose) closers += end - k + 1;
      }
      k = end;
    }
    if (Math.max(deepest, paragraphBlocks) > MAX_NESTING_DEPTH) return MAX_NESTING_DEPTH + 1;
  }
  endParagraph();
  return deepest;
}

/** Plain text of inline Markdown: emphasis, links and code lose their markers, HTML is dropped. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  const parts: string[] = [];
  // An explicit stack, in document order: a recursive walk would follow marked's depth.
  const stack = [...tokens].reverse();
  while (stack.length > 0) {
    const token = stack.pop()!;
    switch (token.type) {
      case "escape":
      case "codespan":
        parts.push((token as Tokens.Codespan).text);
        break;
      case "br":
        parts.push("\n");
        break;
      case "html":
      case "image":
        break;
      default: {
        const children = "tokens" in token ? (token.tokens as Token[] | undefined) : undefined;
        if (children) for (let k = children.length - 1; k >= 0; k -= 1) stack.push(children[k]);
        else if (token.type === "text") parts.push((token as Tokens.Text).text);
        else if ("tokens" in token) parts.push("text" in token ? String(token.text) : "");
        else if ("raw" in token) parts.push(String(token.raw));
      }
    }
  }
  return parts.join("");
}

/**
 * The paragraphs of a Markdown article, read with a real Markdown parser (marked). Text nested
 * deeper than MAX_NESTING_DEPTH is refused before marked sees it.
 */
export function readMarkdown(markdown: string): ReadParagraphs {
  if (markdownNesting(markdown.replace(/\r\n?/g, "\n")) > MAX_NESTING_DEPTH) return { ok: false, code: "too-deep" };
  let tokens: Token[];
  try {
    tokens = new Lexer().lex(markdown);
  } catch (error) {
    // The bound above is meant to make this unreachable; should marked still run out of stack
    // on some construct it does not cover, the user gets the same refusal, not a server error.
    if (error instanceof RangeError) return { ok: false, code: "too-deep" };
    throw error;
  }
  const paragraphs: Paragraph[] = [];
  const emit = (text: string, isBulleted: boolean) => {
    const clean = text.replace(/[ \t]+/g, " ").trim();
    if (clean !== "") paragraphs.push({ text: clean.normalize("NFC"), isBulleted });
  };
  const stack = [...tokens].reverse();
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === "heading" || token.type === "paragraph") emit(inlineText((token as Tokens.Paragraph).tokens, (token as Tokens.Paragraph).text), false);
    else if (token.type === "code") emit((token as Tokens.Code).text, false);
    else if (token.type === "blockquote") {
      const inner = (token as Tokens.Blockquote).tokens;
      for (let k = inner.length - 1; k >= 0; k -= 1) stack.push(inner[k]);
    } else if (token.type === "list") {
      const list = token as Tokens.List;
      for (const item of list.items) emit(inlineText(item.tokens.flatMap((t) => ("tokens" in t && t.tokens ? (t.tokens as Token[]) : [t])), item.text), !list.ordered);
    }
  }
  return { ok: true, paragraphs };
}
