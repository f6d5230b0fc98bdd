// The browser's typed client for the JSON API: every call goes through a route's contract, so
// its parameters, body and answer have the types the server declares (no copies of server
// types here). Every failure comes back as an error code the UI translates.
import type { BodyOf, Contract, ErrorBody, ParamsOf, QueryOf, ResponseOf } from "@/server/api/contract";

export type ApiError = ErrorBody["error"];

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError };

// A part whose fields are all optional (a query of filters, `lang`) may be left out.
type Part<Name extends string, T> = [T] extends [undefined]
  ? { [K in Name]?: undefined }
  : Record<never, never> extends T
    ? { [K in Name]?: T }
    : { [K in Name]: T };

/** What a call needs: the contract's path parameters, query and body, each only when it has them. */
export type CallInput<C> = Part<"params", ParamsOf<C>> & Part<"query", QueryOf<C>> & Part<"body", BodyOf<C>>;

/** The URL of a route, its `{name}` parameters filled in and its query added. */
export function routeUrl(contract: Pick<Contract, "path">, params?: Record<string, unknown>, query?: Record<string, unknown>): string {
  const path = contract.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? "")));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export async function callRoute<C extends Contract>(contract: C, input: CallInput<C>): Promise<ApiResult<ResponseOf<C>>> {
  const { params, query, body } = input as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  try {
    const response = await fetch(routeUrl(contract, params, query), {
      method: contract.method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
    if (response.status === 204) return { ok: true, data: undefined as ResponseOf<C> };
    const payload = (await response.json().catch(() => null)) as { data?: ResponseOf<C> } & Partial<ErrorBody> | null;
    if (response.ok) return { ok: true, data: payload?.data as ResponseOf<C> };
    // A proxy's own error page has no JSON body: the id, if any, is in the header.
    const requestId = payload?.error?.requestId ?? response.headers.get("x-request-id") ?? undefined;
    return { ok: false, status: response.status, error: { ...(payload?.error ?? { code: "INTERNAL", params: {} }), ...(requestId ? { requestId } : {}) } };
  } catch {
    return { ok: false, status: 0, error: { code: "NETWORK", params: {} } };
  }
}
