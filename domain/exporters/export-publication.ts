import { toHtml, toJson, toMarkdown, toText } from "./article-formats";
import { toTmx, toXliff12, toXliff20 } from "./bilingual-formats";
import { toDocx } from "./docx-format";
import { EXPORT_CONTENT_TYPES, type ExportFormat, type ExportInput, type ExportOutput } from "./types";

async function render(format: ExportFormat, input: ExportInput): Promise<Omit<ExportOutput, "contentType">> {
  switch (format) {
    case "html":
      return { body: toHtml(input), extension: "html" };
    case "md":
      return { body: toMarkdown(input), extension: "md" };
    case "txt":
      return { body: toText(input), extension: "txt" };
    case "json":
      return { body: toJson(input), extension: "json" };
    case "docx":
      return { body: await toDocx(input), extension: "docx" };
    case "xliff12":
      return { body: toXliff12(input), extension: "xlf" };
    case "xliff20":
      return { body: toXliff20(input), extension: "xlf" };
    case "tmx":
      return { body: toTmx(input), extension: "tmx" };
  }
}

/** Renders a publication (or a draft) in one format. */
export async function exportPublication(format: ExportFormat, input: ExportInput): Promise<ExportOutput> {
  return { ...(await render(format, input)), contentType: EXPORT_CONTENT_TYPES[format] };
}
