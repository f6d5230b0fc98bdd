// Browser-side calls to the JSON API. Every failure comes back as a code the UI translates.
import type { ApiError, ApiResult } from "./client";

// One error and result type for both clients: the typed one's, from the contracts.
export type { ApiError, ApiResult };

export async function callApi<T>(url: string, init?: { method?: string; body?: unknown }): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
    const payload = (await response.json().catch(() => null)) as { error?: ApiError } | T | null;
    if (response.ok) return { ok: true, data: payload as T };
    const error = (payload as { error?: ApiError } | null)?.error ?? { code: "INTERNAL", params: {} };
    return { ok: false, status: response.status, error };
  } catch {
    return { ok: false, status: 0, error: { code: "NETWORK", params: {} } };
  }
}
