import { describe, expect, it } from "vitest";
import { buildArticle, type PublishableSegment } from "./article";

const seg = (position: number, kind: PublishableSegment["kind"], targetText: string, state: PublishableSegment["state"] = "APPROVED"): PublishableSegment => ({
  position,
  kind,
  state,
  sourceText: "fr",
  targetText,
});

describe("buildArticle", () => {
  it("puts metadata aside, keeps body and credits in order, and never includes excluded paragraphs", () => {
    const article = buildArticle(
      [
        seg(3, "BODY", "Second paragraph."),
        seg(0, "TITLE", "Putin in India"),
        seg(1, "CAPTION", "Putin and Modi in 2019. POOL / AFP"),
        seg(2, "BOILERPLATE", "Advertising", "EXCLUDED"),
        seg(4, "CREDIT", "Christophe Jaffrelot, CERI"),
        seg(5, "BODY", "Excluded by a reviewer.", "EXCLUDED"),
        seg(6, "READING_TIME", "2 min"),
        seg(7, "BYLINE", "Text by: RFI"),
        seg(8, "TAG", "India"),
        seg(9, "TAG", "Vladimir Putin"),
        seg(10, "BODY", "   "),
      ],
      "en",
    );
    expect(article).toEqual({
      language: "en",
      title: "Putin in India",
      caption: "Putin and Modi in 2019. POOL / AFP",
      byline: "Text by: RFI",
      readingTime: "2 min",
      body: [
        { kind: "BODY", text: "Second paragraph." },
        { kind: "CREDIT", text: "Christophe Jaffrelot, CERI" },
      ],
      tags: ["India", "Vladimir Putin"],
    });
  });
});
