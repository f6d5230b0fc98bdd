"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { repairPairing } from "@/domain/source-update/repair-pairing";
import type { PairingChange, SourcePairing } from "@/domain/source-update/types";
import { previewSourceUpdateContract, type SourceUpdatePreviewDto } from "@/server/services/sources/preview-source-update.schema";
import { updateSourceContract, type SourceUpdateResultDto } from "@/server/services/sources/update-source.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";
import { DiffText } from "./outdated-source";

type SourceInput = { text: string; file: { name: string; content: string } | null };
const EMPTY: SourceInput = { text: "", file: null };
type Link = SourceUpdatePreviewDto["links"][number];

function toPayload(input: SourceInput) {
  return input.file
    ? { name: input.file.name, content: input.file.content, encoding: "base64" as const, format: "auto" as const }
    : { content: input.text, encoding: "text" as const, format: "auto" as const };
}

/** Reads a chosen file as base64, as the import screen does: the server decodes and reads it. */
async function readFileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const pairingsOf = (links: readonly SourcePairing[]): SourcePairing[] => links.map((link) => ({ old: link.old, new: link.new }));

/** "¶ 3", "¶ 3–4" (a split or a merge), or a dash when the side is empty. */
function useParagraphNumbers() {
  const { t } = useTranslation("editor");
  return (indexes: number[]) =>
    indexes.length === 0
      ? "—"
      : indexes.length === 1
        ? t("sourceUpdate.paragraph", { number: indexes[0] + 1 })
        : t("sourceUpdate.paragraphs", { first: indexes[0] + 1, last: (indexes.at(-1) ?? 0) + 1 });
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One change of the preview: its type, where it was and goes, the French word diff, and the corrections. */
function LinkItem({ link, preview, onRepair, disabled }: { link: Link; preview: SourceUpdatePreviewDto; onRepair: (change: PairingChange) => void; disabled: boolean }) {
  const { t, i18n } = useTranslation("editor");
  const numbers = useParagraphNumbers();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" }).format(link.similarity);
  const hasBoth = link.old.length > 0 && link.new.length > 0;
  return (
    <li className={`source-link source-link--${link.type}`} data-testid="source-link" data-type={link.type}>
      <div className="source-link__meta small">
        <span className={`badge badge--change-${link.type}`} data-testid="source-link-type">
          {t(`sourceUpdate.types.${link.type}`)}
        </span>{" "}
        <span data-testid="source-link-numbers">{t("sourceUpdate.numbers", { before: numbers(link.old), after: numbers(link.new) })}</span>
        {hasBoth && link.type !== "unchanged" && link.type !== "moved" && <span className="muted"> · {t("sourceUpdate.similarity", { percent })}</span>}
      </div>
      <p className="source-link__diff" lang="fr">
        <DiffText parts={link.diff} testId="source-link-diff" />
      </p>
      <div className="source-link__repair small">
        {link.new.map((j) => (
          <span key={`new-${j}`} className="field field--inline">
            <label htmlFor={`pair-new-${j}`}>{t("sourceUpdate.pairNew", { number: j + 1 })}</label>
            <select
              id={`pair-new-${j}`}
              value={link.old.length === 1 ? String(link.old[0]) : ""}
              disabled={disabled}
              onChange={(event) => event.target.value !== "" && onRepair({ oldIndex: Number(event.target.value), newIndex: j })}
            >
              <option value="">{t("sourceUpdate.choose")}</option>
              {preview.oldParagraphs.map((text, i) => (
                <option key={i} value={i}>
                  {t("sourceUpdate.paragraph", { number: i + 1 })} · {excerpt(text)}
                </option>
              ))}
            </select>
            {link.old.length > 0 && (
              <button type="button" className="button button--small button--quiet" disabled={disabled} onClick={() => onRepair({ oldIndex: null, newIndex: j })}>
                {t("sourceUpdate.treatInserted", { number: j + 1 })}
              </button>
            )}
          </span>
        ))}
        {link.new.length > 0 &&
          link.old.map((i) => (
            <button key={`old-${i}`} type="button" className="button button--small button--quiet" disabled={disabled} onClick={() => onRepair({ oldIndex: i, newIndex: null })}>
              {t("sourceUpdate.treatRemoved", { number: i + 1 })}
            </button>
          ))}
        {link.new.length === 0 &&
          link.old.map((i) => (
            <span key={`old-${i}`} className="field field--inline">
              <label htmlFor={`pair-old-${i}`}>{t("sourceUpdate.pairOld", { number: i + 1 })}</label>
              <select
                id={`pair-old-${i}`}
                value=""
                disabled={disabled}
                onChange={(event) => event.target.value !== "" && onRepair({ oldIndex: i, newIndex: Number(event.target.value) })}
              >
                <option value="">{t("sourceUpdate.choose")}</option>
                {preview.newParagraphs.map((text, j) => (
                  <option key={j} value={j}>
                    {t("sourceUpdate.paragraph", { number: j + 1 })} · {excerpt(text)}
                  </option>
                ))}
              </select>
            </span>
          ))}
      </div>
    </li>
  );
}

/**
 * "Update the French…": the new version of the article's source, pasted or uploaded, compared
 * with the current one; the user checks and corrects the pairing of old and new paragraphs,
 * then confirms. Nothing is written before the confirmation.
 */
export function SourceUpdateDialog({ documentId, onUpdated }: { documentId: string; onUpdated: () => Promise<unknown> }) {
  const { t } = useTranslation(["editor", "import"]);
  const describe = useErrorMessage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [input, setInput] = useState<SourceInput>(EMPTY);
  const [preview, setPreview] = useState<SourceUpdatePreviewDto | null>(null);
  const [isMinor, setIsMinor] = useState(false);
  const [confirmsDifferent, setConfirmsDifferent] = useState(false);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [result, setResult] = useState<SourceUpdateResultDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  function open() {
    setInput(EMPTY);
    setPreview(null);
    setResult(null);
    setError(null);
    setIsMinor(false);
    setConfirmsDifferent(false);
    dialog.current?.showModal();
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setInput({ text: "", file: { name: file.name, content: await readFileAsBase64(file) } });
    event.target.value = "";
  }

  async function runPreview(links?: SourcePairing[]) {
    setIsBusy(true);
    setError(null);
    const answer = await callRoute(previewSourceUpdateContract, { params: { id: documentId }, body: { source: toPayload(input), links } });
    setIsBusy(false);
    if (!answer.ok) {
      setError(describe(answer.error));
      return;
    }
    setPreview(answer.data);
    if (!answer.data.isDifferentArticle) setConfirmsDifferent(false);
  }

  /** One correction: worked out here with the same rule the server uses, then described again by the server. */
  function repair(change: PairingChange) {
    if (!preview) return;
    const repaired = repairPairing(preview.oldParagraphs, preview.newParagraphs, pairingsOf(preview.links), change);
    if (!repaired.ok) {
      setError(t(`sourceUpdate.refusals.${repaired.code}`));
      return;
    }
    void runPreview(pairingsOf(repaired.comparison.links));
  }

  async function confirm() {
    if (!preview) return;
    setIsBusy(true);
    setError(null);
    const answer = await callRoute(updateSourceContract, {
      params: { id: documentId },
      body: {
        source: toPayload(input),
        links: pairingsOf(preview.links),
        baseRevision: preview.currentRevision,
        isMinor,
        confirmDifferentArticle: preview.isDifferentArticle && confirmsDifferent,
      },
    });
    setIsBusy(false);
    if (!answer.ok) {
      // The French moved on since this preview (someone else updated it, or a save raced the update).
      setError(answer.status === 409 ? t("sourceUpdate.stale") : describe(answer.error));
      return;
    }
    setResult(answer.data);
    await onUpdated();
  }

  const hasInput = input.file !== null || input.text.trim() !== "";
  const isRefused = preview !== null && (preview.looksEnglish || preview.isUnchanged);
  const canConfirm = preview !== null && !isRefused && (!preview.isDifferentArticle || confirmsDifferent) && !isBusy;
  const shownLinks = preview ? preview.links.filter((link) => showUnchanged || link.type !== "unchanged") : [];
  const changedCount = preview ? preview.links.length - preview.counts.unchanged : 0;

  return (
    <>
      <button type="button" className="button button--small button--quiet" onClick={open} data-testid="source-update-open">
        {t("sourceUpdate.open")}
      </button>
      <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby="source-update-title" data-testid="source-update-dialog">
        <h2 id="source-update-title">{t("sourceUpdate.title")}</h2>
        {result ? (
          <div data-testid="source-update-result">
            <p role="status" className="alert alert--ok">
              {t("sourceUpdate.done", { revision: result.sourceRevision })}
            </p>
            <ul>
              <li>{t("sourceUpdate.result.outdated", { count: result.outdated })}</li>
              <li>{t("sourceUpdate.result.inserted", { count: result.inserted })}</li>
              <li>{t("sourceUpdate.result.removed", { count: result.removed })}</li>
              <li>{t("sourceUpdate.result.unchanged", { count: result.unchanged })}</li>
            </ul>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t("sourceUpdate.close")}
            </button>
          </div>
        ) : !preview ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void runPreview();
            }}
          >
            <p>{t("sourceUpdate.intro")}</p>
            {input.file ? (
              <p data-testid="source-update-file">
                {t("import:fileChosen", { name: input.file.name })}{" "}
                <button type="button" className="button button--small button--quiet" onClick={() => setInput(EMPTY)}>
                  {t("import:removeFile")}
                </button>
              </p>
            ) : (
              <div className="field">
                <label htmlFor="source-update-text">{t("sourceUpdate.paste")}</label>
                <textarea id="source-update-text" rows={10} value={input.text} onChange={(e) => setInput({ text: e.target.value, file: null })} data-testid="source-update-text" />
              </div>
            )}
            <div className="field">
              <label htmlFor="source-update-file">{t("import:file")}</label>
              <input id="source-update-file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown" onChange={(e) => void choose(e)} />
            </div>
            <ErrorAlert message={error} />
            <div className="button-row">
              <button type="submit" className="button" disabled={isBusy || !hasInput} data-testid="source-update-preview">
                {isBusy ? t("sourceUpdate.comparing") : t("sourceUpdate.preview")}
              </button>
              <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
                {t("sourceUpdate.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <div>
            <p data-testid="source-update-summary">
              {changedCount === 0
                ? t("sourceUpdate.noChange")
                : (
                    [
                      ["edited", preview.counts.edited + preview.counts.split + preview.counts.merged],
                      ["inserted", preview.counts.inserted],
                      ["removed", preview.counts.removed],
                      ["moved", preview.counts.moved],
                    ] as const
                  )
                    .filter(([, count]) => count > 0)
                    .map(([type, count]) => t(`sourceUpdate.counts.${type}`, { count }))
                    .join(" · ")}
            </p>
            {preview.looksEnglish && (
              <p role="alert" className="alert alert--error" data-testid="source-update-refusal">
                {t("sourceUpdate.looksEnglish")}
              </p>
            )}
            {preview.isUnchanged && (
              <p role="alert" className="alert alert--error" data-testid="source-update-refusal">
                {t("sourceUpdate.unchanged")}
              </p>
            )}
            {preview.isDifferentArticle && !isRefused && (
              <div role="alert" className="alert alert--warn" data-testid="source-update-different">
                <p>{t("sourceUpdate.different")}</p>
                <div className="field field--check">
                  <input id="source-update-confirm-different" type="checkbox" checked={confirmsDifferent} onChange={(e) => setConfirmsDifferent(e.target.checked)} />
                  <label htmlFor="source-update-confirm-different">{t("sourceUpdate.confirmDifferent")}</label>
                </div>
              </div>
            )}
            <p className="hint">{t("sourceUpdate.repairHint")}</p>
            <div className="field field--check">
              <input id="source-update-show-unchanged" type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />
              <label htmlFor="source-update-show-unchanged">{t("sourceUpdate.showUnchanged", { count: preview.counts.unchanged })}</label>
            </div>
            <ol className="source-links" aria-busy={isBusy}>
              {shownLinks.map((link) => (
                <LinkItem key={`${link.old.join(",")}>${link.new.join(",")}`} link={link} preview={preview} onRepair={repair} disabled={isBusy} />
              ))}
            </ol>
            {!isRefused && (
              <div className="field field--check">
                <input id="source-update-minor" type="checkbox" checked={isMinor} onChange={(e) => setIsMinor(e.target.checked)} data-testid="source-update-minor" />
                <label htmlFor="source-update-minor">{t("sourceUpdate.minor")}</label>
              </div>
            )}
            <ErrorAlert message={error} />
            <div className="button-row">
              {!isRefused && (
                <button type="button" className="button" disabled={!canConfirm} onClick={() => void confirm()} data-testid="source-update-confirm">
                  {isBusy ? t("sourceUpdate.updating") : t("sourceUpdate.confirm")}
                </button>
              )}
              <button type="button" className="button button--quiet" disabled={isBusy} onClick={() => setPreview(null)}>
                {t("sourceUpdate.back")}
              </button>
              <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
                {t("sourceUpdate.cancel")}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
