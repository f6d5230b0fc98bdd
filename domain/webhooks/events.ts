// The events a webhook endpoint can subscribe to and the `data` each one carries: the one list
// the services, the registration form and the OpenAPI document's `webhooks` section share.
import { z } from "zod";
import { EXPORT_FORMATS } from "../exporters/types";

const documentId = z.string().describe("The article's id (as in /api/documents/{id}).");
const lang = z.string().describe("The translation's language, a canonical BCP 47 tag (en, es, pt-BR).");

export const WEBHOOK_EVENT_DATA = {
  /** An article was imported (its first translation included). */
  "document.created": z.object({
    documentId,
    title: z.string(),
    sourceLang: z.string().describe("The article's own language (BCP 47)."),
    langs: z.array(z.string()).describe("Its translations' languages at creation."),
    paragraphs: z.number().int().describe("Paragraphs imported."),
  }),
  /** A target language was added to an article. */
  "translation.added": z.object({ documentId, lang, paragraphs: z.number().int(), translated: z.number().int().describe("Paragraphs that came with a translation.") }),
  /** A new version of the article's source text was recorded, for every language at once. */
  "document.source_updated": z.object({
    documentId,
    sourceRevision: z.number().int().describe("The new source revision's number (1 is the import)."),
    isMinor: z.boolean().describe("A typo-level change: translations were not marked outdated."),
    unchanged: z.number().int(),
    outdated: z.number().int().describe("Paragraphs whose translation now needs a look."),
    inserted: z.number().int(),
    removed: z.number().int(),
  }),
  /** Every live, non-excluded paragraph of a translation is now approved (sent once per transition). */
  "document.ready": z.object({ documentId, lang, paragraphs: z.number().int().describe("Approved paragraphs.") }),
  /** A translation was published as a new immutable version. */
  "publication.created": z.object({
    documentId,
    lang,
    version: z.number().int().describe("The publication's number, counted per language."),
    contentHash: z.string().describe("SHA-256 of the frozen content, as in the publications list."),
    sourceRevision: z.number().int(),
    exports: z
      .object(Object.fromEntries(EXPORT_FORMATS.map((format) => [format, z.string().url()])) as Record<(typeof EXPORT_FORMATS)[number], z.ZodString>)
      .describe("An absolute URL per export format of exactly this version (GET, authenticated like every /api route)."),
  }),
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_DATA;
export type WebhookEventData<T extends WebhookEventType> = z.infer<(typeof WEBHOOK_EVENT_DATA)[T]>;

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_DATA) as WebhookEventType[];

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === "string" && Object.hasOwn(WEBHOOK_EVENT_DATA, value);
}

/** The Standard Webhooks envelope of one event: what the receiver's body is. */
export function webhookPayloadSchema<T extends WebhookEventType>(type: T) {
  return z.object({
    type: z.literal(type),
    timestamp: z.string().describe("When the change happened (ISO 8601, UTC)."),
    data: WEBHOOK_EVENT_DATA[type],
  });
}

/** Event types as stored on an endpoint: space-separated, in the list's order, without repeats. */
export function formatEventTypes(types: readonly WebhookEventType[]): string {
  return WEBHOOK_EVENT_TYPES.filter((type) => types.includes(type)).join(" ");
}

export function parseEventTypes(stored: string): WebhookEventType[] {
  return stored.split(" ").filter(isWebhookEventType);
}
