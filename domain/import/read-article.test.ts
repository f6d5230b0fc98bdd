import { describe, expect, it } from "vitest";
import { readHtml } from "./read-html";
import { readMarkdown } from "./read-markdown";

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
