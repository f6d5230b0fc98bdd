"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { exportMemoryTmxContract, importMemoryTmxContract, type ImportMemoryTmxResult } from "@/server/services/memory/import-memory-tmx.schema";
import { routeUrl, type ApiError } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";

type Status =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number | null }
  | { kind: "done"; result: ImportMemoryTmxResult }
  | { kind: "cancelled" };

/** Reads Server-Sent Events from a fetch answer, calling `onEvent` for each complete event. */
async function readEvents(response: Response, onEvent: (event: string, data: unknown) => void) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data !== undefined) onEvent(event, JSON.parse(data));
    }
  }
}

/** Import a TMX file into the memory with a progress bar and a Cancel button; export it as TMX. */
export function MemoryTransfer({ lang, canImport }: { lang: string; canImport: boolean }) {
  const { t, i18n } = useTranslation("memory");
  const describe = useErrorMessage();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const abort = useRef<AbortController | null>(null);
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setStatus({ kind: "running", done: 0, total: null });
    const controller = new AbortController();
    abort.current = controller;
    try {
      const content = await file.text();
      const response = await fetch(routeUrl(importMemoryTmxContract), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ content, lang }),
        signal: controller.signal,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: ApiError } | null;
        setError(describe(body?.error ?? { code: "INTERNAL", params: {} }));
        setStatus({ kind: "idle" });
        return;
      }
      await readEvents(response, (name, data) => {
        if (name === "progress") setStatus({ kind: "running", ...(data as { done: number; total: number }) });
        else if (name === "done") setStatus({ kind: "done", result: data as ImportMemoryTmxResult });
        else if (name === "error") {
          setError(describe(data as ApiError));
          setStatus({ kind: "idle" });
        }
      });
    } catch {
      if (controller.signal.aborted) setStatus({ kind: "cancelled" });
      else {
        setError(describe({ code: "NETWORK", params: {} }));
        setStatus({ kind: "idle" });
      }
    } finally {
      abort.current = null;
    }
  }

  return (
    <div>
      <p>
        <a className="button" href={routeUrl(exportMemoryTmxContract, undefined, { lang })} data-testid="memory-export">
          {t("transfer.export", { lang })}
        </a>
      </p>
      {canImport && (
        <form onSubmit={submit} data-testid="memory-import">
          <h2>{t("transfer.importTitle")}</h2>
          <div className="field">
            <label htmlFor="memory-file">{t("transfer.file", { lang })}</label>
            <input id="memory-file" type="file" accept=".tmx,application/x-tmx+xml,text/xml" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={!file || status.kind === "running"}>
              {t("transfer.import")}
            </button>
            {status.kind === "running" && (
              <button type="button" className="button button--quiet" onClick={() => abort.current?.abort()}>
                {t("transfer.cancel")}
              </button>
            )}
          </div>
          {status.kind === "running" && (
            <p aria-live="polite">
              <progress max={status.total ?? undefined} value={status.total === null ? undefined : status.done} aria-label={t("transfer.progressLabel")} />{" "}
              {status.total === null ? t("transfer.reading") : t("transfer.progress", { done: number(status.done), total: number(status.total), count: status.total })}
            </p>
          )}
          {status.kind === "done" && (
            <p className="status-ok" role="status" data-testid="memory-import-result">
              {t("transfer.done", { count: status.result.added, added: number(status.result.added), duplicates: number(status.result.duplicates), skipped: number(status.result.skipped) })}
            </p>
          )}
          {status.kind === "cancelled" && <p role="status">{t("transfer.cancelled")}</p>}
          <ErrorAlert message={error} />
        </form>
      )}
    </div>
  );
}
