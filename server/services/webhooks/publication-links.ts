import "server-only";
import { EXPORT_FORMATS, type ExportFormat } from "@/domain/exporters/types";
import { env } from "../../env";

/**
 * The absolute URL of every export of one publication: the export route's own query shape
 * (GET /api/documents/{id}/export?format=&lang=&version=), on the app's public address
 * (NEXTAUTH_URL, which `npm start` sets to http://localhost:$PORT when it is not given;
 * http://localhost:3000 otherwise).
 */
export function publicationExportLinks(documentId: string, lang: string, version: number): Record<ExportFormat, string> {
  const base = env.NEXTAUTH_URL ?? "http://localhost:3000";
  const link = (format: ExportFormat) => {
    const url = new URL(`/api/documents/${encodeURIComponent(documentId)}/export`, base);
    url.search = new URLSearchParams({ format, lang, version: String(version) }).toString();
    return url.toString();
  };
  return Object.fromEntries(EXPORT_FORMATS.map((format) => [format, link(format)])) as Record<ExportFormat, string>;
}
