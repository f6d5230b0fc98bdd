import { Lexer, type Token, type Tokens } from "marked";
import type { Paragraph } from "../segmentation/split-paragraphs";

/** Plain text of inline Markdown: emphasis, links and code lose their markers, HTML is dropped. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
          return "tokens" in token && token.tokens ? inlineText(token.tokens as Token[], token.text) : (token as Tokens.Text).text;
        case "escape":
        case "codespan":
          return (token as Tokens.Codespan).text;
        case "br":
          return "\n";
        case "html":
          return "";
        case "image":
          return "";
        default:
          return "tokens" in token ? inlineText(token.tokens as Token[], "text" in token ? String(token.text) : "") : "raw" in token ? String(token.raw) : "";
      }
    })
    .join("");
}

/** The paragraphs of a Markdown article, read with a real Markdown parser (marked). */
export function readMarkdown(markdown: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const emit = (text: string, isBulleted: boolean) => {
    const clean = text.replace(/[ \t]+/g, " ").trim();
    if (clean !== "") paragraphs.push({ text: clean.normalize("NFC"), isBulleted });
  };
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "heading" || token.type === "paragraph") emit(inlineText((token as Tokens.Paragraph).tokens, (token as Tokens.Paragraph).text), false);
      else if (token.type === "code") emit((token as Tokens.Code).text, false);
      else if (token.type === "blockquote") walk((token as Tokens.Blockquote).tokens);
      else if (token.type === "list") {
        const list = token as Tokens.List;
        for (const item of list.items) emit(inlineText(item.tokens.flatMap((t) => ("tokens" in t && t.tokens ? (t.tokens as Token[]) : [t])), item.text), !list.ordered);
      }
    }
  };
  walk(new Lexer().lex(markdown));
  return paragraphs;
}
