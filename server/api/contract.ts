// A route's contract: its method and path, who may call it, and the zod schemas of what it
// takes and answers. Route handlers are built from it (server/api/handle-route.ts), the
// browser's typed client calls through it (components/api/client.ts), and the OpenAPI document
// is generated from all of them (server/api/openapi.ts). Pure: the browser imports it too.
import { z } from "zod";
import { canonicalLanguageTag } from "@/domain/languages/language-tag";
import type { Permission } from "../auth/permissions";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who may call a route: anyone, any signed-in user, or holders of a permission (server/auth/permissions.ts). */
export type Access = "public" | "signed-in" | Permission;

/** What a successful call answers besides the JSON envelope `{ data }`. */
export type Produces =
  | { kind: "json" }
  | { kind: "empty" }
  | { kind: "file"; contentTypes: readonly string[] }
  | { kind: "event-stream" }
  /** Plain text in a given format (the Prometheus metrics). */
  | { kind: "text"; contentType: string }
  /** A JSON document answered as it is, outside the envelope (the OpenAPI document itself). */
  | { kind: "raw-json" };

export type Contract<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> = {
  /** The operation's name in the API reference: the use case's verb and noun. */
  operationId: string;
  /** The noun the use case belongs to: its group in the API reference. */
  tag: string;
  method: HttpMethod;
  /** OpenAPI style: `/api/segments/{id}`. */
  path: `/api/${string}`;
  summary: string;
  access: Access;
  params?: Params;
  query?: Query;
  body?: Body;
  /** The `data` of the success envelope (JSON answers only). */
  response?: Response;
  /** 200 unless said otherwise. */
  status?: 200 | 201 | 204;
  produces?: Produces;
};

/** Declares a contract, keeping its schemas' exact types for the handler and the client. */
export function defineContract<
  Params extends z.ZodType = z.ZodUndefined,
  Query extends z.ZodType = z.ZodUndefined,
  Body extends z.ZodType = z.ZodUndefined,
  Response extends z.ZodType = z.ZodUndefined,
>(contract: Contract<Params, Query, Body, Response>): Contract<Params, Query, Body, Response> {
  return contract;
}

export type ParamsOf<C> = C extends Contract<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.input<P> : never;
export type QueryOf<C> = C extends Contract<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.input<Q> : never;
export type BodyOf<C> = C extends Contract<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never;
export type ResponseOf<C> = C extends Contract<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never;

/** The one path parameter most routes take: the id of the resource in the URL. */
export const idParams = z.object({ id: z.string().min(1).max(64) });

/** The one shape of every error answer: a code the UI translates, its parameters, and recovery details. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    details: z.record(z.string(), z.unknown()).optional(),
    /** The request's X-Request-Id, to quote when reporting a problem. */
    requestId: z.string().optional(),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A target language: any BCP 47 tag, given back in its canonical form ("pt-br" → "pt-BR"). */
export const targetLanguageInput = z
  .string()
  .max(35)
  .transform((tag, context) => {
    const canonical = canonicalLanguageTag(tag);
    if (canonical === null) {
      context.addIssue({ code: "custom", message: "not a BCP 47 language tag" });
      return z.NEVER;
    }
    return canonical;
  });

/** Which translation of a document a route works on: a BCP 47 tag, English when omitted. */
export const langQuery = z.object({
  lang: z.string().max(35).optional().describe("The target language (BCP 47: en, es, pt-BR); English when omitted."),
});
