import { describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH } from "./limits";
import { readHtml as readHtmlResult } from "./read-html";
import { readMarkdown as readMarkdownResult } from "./read-markdown";

function paragraphsOf(read: ReturnType<typeof readHtmlResult>) {
  if (!read.ok) throw new Error(`refused: ${read.code}`);
  return read.paragraphs;
}
const readHtml = (html: string) => paragraphsOf(readHtmlResult(html));
const readMarkdown = (markdown: string) => paragraphsOf(readMarkdownResult(markdown));

describe("readHtml", () => {
  it("keeps the article text and drops navigation, scripts, styles and forms", () => {
    const html = `<!doctype html><html><head><title>RFI</title><style>p{color:red}</style></head><body>
      <header><nav><a href="/">Accueil</a></nav></header>
      <article>
        <h1>Vladimir Poutine en Inde</h1>
        <figure><img src="x.jpg" alt="photo"><figcaption>Le président russe. POOL / AFP</figcaption></figure>
        <p>Il est à <b>New Delhi</b> ce lundi&nbsp;6 décembre.</p>
        <script>trackEverything()</script>
        <div class="ad">Publicité</div>
        <form><input name="email"><button>Je m'abonne</button></form>
        <ul class="tags"><li>Inde</li><li><a href="/russie">Russie</a></li></ul>
      </article>
      <footer>© RFI</footer></body></html>`;
    expect(readHtml(html)).toEqual([
      { text: "Vladimir Poutine en Inde", isBulleted: false },
      { text: "Le président russe. POOL / AFP", isBulleted: false },
      { text: "Il est à New Delhi ce lundi 6 décembre.", isBulleted: false },
      { text: "Publicité", isBulleted: false },
      { text: "Inde", isBulleted: true },
      { text: "Russie", isBulleted: true },
    ]);
  });

  it("reads a page without <article>, leaving out its header and footer, and keeps text as text", () => {
    expect(readHtml("<body><header>Site</header><p>Un &lt;script&gt; &amp; co.</p><div>Texte libre<br>sur deux lignes</div><footer>Pied</footer></body>")).toEqual([
      { text: "Un <script> & co.", isBulleted: false },
      { text: "Texte libre\nsur deux lignes", isBulleted: false },
    ]);
  });
});

describe("readMarkdown", () => {
  it("reads headings, paragraphs and bulleted tags, without the Markdown markers", () => {
    const markdown = "# Vladimir Putin in India\n\nHe is in **New Delhi** this [Monday](http://x).\n\n> A quoted line.\n\n- India\n- Russia\n\n1. First\n";
    expect(readMarkdown(markdown)).toEqual([
      { text: "Vladimir Putin in India", isBulleted: false },
      { text: "He is in New Delhi this Monday.", isBulleted: false },
      { text: "A quoted line.", isBulleted: false },
      { text: "India", isBulleted: true },
      { text: "Russia", isBulleted: true },
      { text: "First", isBulleted: false },
    ]);
  });
});

const nested = (depth: number, open: string, close: string, inner = "Texte") => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
/** A list nested `depth` levels deep, each level indented two more spaces. */
const nestedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
const nestedQuotes = (depth: number) => Array.from({ length: depth }, (_, i) => `${"> ".repeat(i + 1)}level ${i}`).join("\n");

describe("nesting beyond MAX_NESTING_DEPTH", () => {
  it.each([
    ["100,000 nested <div>", `<body>${nested(100_000, "<div>", "</div>")}</body>`],
    ["100,000 nested inline <span>", `<body><p>${nested(100_000, "<span>", "</span>")}</p></body>`],
    ["one <div> past the limit", `<body>${nested(MAX_NESTING_DEPTH, "<div>", "</div>")}</body>`],
    ["deep nesting inside a dropped <aside>", `<body><p>Texte</p><aside>${nested(100_000, "<div>", "</div>")}</aside></body>`],
  ])("refuses HTML with %s instead of overflowing the stack", (_label, html) => {
    expect(readHtmlResult(html)).toEqual({ ok: false, code: "too-deep" });
  });

  it.each([
    ["100,000 nested blockquotes", `${">".repeat(100_000)} text`],
    ["100,000 spaced blockquotes", `${"> ".repeat(100_000)}text`],
    ["100,000 nested list markers", `${"- ".repeat(100_000)}text`],
    ["blockquotes and lists alternating", `${"> - ".repeat(50_000)}text`],
    ["an indented list one level past the limit", nestedList(MAX_NESTING_DEPTH + 1)],
    ["blockquotes one level past the limit, line by line", nestedQuotes(MAX_NESTING_DEPTH + 1)],
    ["100,000 nested emphasis markers", `${"*".repeat(100_000)}text${"*".repeat(100_000)}`],
    ["emphasis nested by alternating markers", `${"*a _a ".repeat(5_000)}text${" b_ b*".repeat(5_000)}`],
  ])("refuses Markdown with %s before marked recurses", (_label, markdown) => {
    expect(readMarkdownResult(markdown)).toEqual({ ok: false, code: "too-deep" });
  });

  it.each([
    ["100 nested <div>", `<body>${nested(100, "<div>", "</div>")}</body>`, ["Texte"]],
    ["nesting just under the limit", `<body>${nested(MAX_NESTING_DEPTH - 10, "<div>", "</div>")}</body>`, ["Texte"]],
    ["100 nested inline elements", `<body><p>${nested(100, "<b>", "</b>", "Texte <i>en</i> gras")}</p></body>`, ["Texte en gras"]],
    ["many sibling paragraphs", `<body>${"<div><p>Un</p><p>Deux</p></div>".repeat(20_000)}</body>`, Array.from({ length: 40_000 }, (_, i) => (i % 2 ? "Deux" : "Un"))],
  ])("still reads HTML with %s", (_label, html, expected) => {
    expect(readHtml(html).map((p) => p.text)).toEqual(expected);
  });

  it.each([
    ["a list nested 10 levels", nestedList(10), 1],
    ["a list nested 100 levels", nestedList(100), 1],
    ["blockquotes nested 10 levels", nestedQuotes(10), 10],
    ["600 emphasised words over many paragraphs", "Un *mot* et un **autre**.\n\n".repeat(300), 300],
    ["snake_case names and a long underscore line", `${"un_nom_de_variable ".repeat(600)}\n\nSignature : ${"_".repeat(600)}`, 2],
    ["code indented by 2,000 spaces", `Avant\n\n${" ".repeat(2_000)}code\n\nAprès`, 3],
  ])("still reads Markdown with %s", (_label, markdown, count) => {
    const paragraphs = readMarkdown(markdown);
    expect(paragraphs).toHaveLength(count);
    expect(paragraphs[0].text).not.toBe("");
  });
});
