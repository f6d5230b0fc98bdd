import { toHtml, toJson, toMarkdown, toText } from "./article-formats";
import { toTmx, toXliff12, toXliff20 } from "./bilingual-formats";
import { toDocx } from "./docx-format";
import type { ExportFormat, ExportInput, ExportOutput } from "./types";

/** Renders a publication (or a draft) in one format. */
export async function exportPublication(format: ExportFormat, input: ExportInput): Promise<ExportOutput> {
  switch (format) {
    case "html":
      return { body: toHtml(input), contentType: "text/html; charset=utf-8", extension: "html" };
    case "md":
      return { body: toMarkdown(input), contentType: "text/markdown; charset=utf-8", extension: "md" };
    case "txt":
      return { body: toText(input), contentType: "text/plain; charset=utf-8", extension: "txt" };
    case "json":
      return { body: toJson(input), contentType: "application/json; charset=utf-8", extension: "json" };
    case "docx":
      return { body: await toDocx(input), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" };
    case "xliff12":
      return { body: toXliff12(input), contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" };
    case "xliff20":
      return { body: toXliff20(input), contentType: "application/xliff+xml; charset=utf-8", extension: "xlf" };
    case "tmx":
      return { body: toTmx(input), contentType: "application/x-tmx+xml; charset=utf-8", extension: "tmx" };
  }
}
