"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { detachRow, mergeRows, moveTarget, setRowKind, splitRow, type ProposedRow } from "@/domain/alignment/proposal";
import { SEGMENT_KINDS, type SegmentKind } from "@/domain/segmentation/classify-segment";
import { createDocumentContract } from "@/server/services/documents/create-document.schema";
import { previewImportContract, type ImportProposalDto } from "@/server/services/imports/preview-import.schema";
import { callRoute } from "../api/client";
import { canonicalLanguageTag, DEFAULT_TARGET_LANG, languageName } from "@/domain/languages/language-tag";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";
import { formatPercent } from "@/locales/formatters";
import { EMPTY_IMPORT_DESK, ImportDeskFields, importDeskBody, type AssignablePerson } from "../desk/import-desk-fields";

type SideInput = { text: string; file: { name: string; content: string } | null };
const EMPTY: SideInput = { text: "", file: null };

function toPayload(side: SideInput) {
  return side.file ? { name: side.file.name, content: side.file.content, encoding: "base64" as const } : { content: side.text, encoding: "text" as const };
}

function SideFields({ id, label, value, onChange, maxMegabytes }: { id: string; label: string; value: SideInput; onChange: (value: SideInput) => void; maxMegabytes: number }) {
  const { t } = useTranslation("import");
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    onChange({ text: "", file: { name: file.name, content: btoa(binary) } });
    event.target.value = "";
  }
  return (
    <fieldset className="import-side">
      <legend>{label}</legend>
      {value.file ? (
        <p data-testid={`${id}-file`}>
          {t("fileChosen", { name: value.file.name })}{" "}
          <button type="button" className="button button--small button--quiet" onClick={() => onChange(EMPTY)}>
            {t("removeFile")}
          </button>
        </p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t("paste")}</label>
          <textarea id={`${id}-text`} rows={12} value={value.text} onChange={(e) => onChange({ text: e.target.value, file: null })} data-testid={`${id}-text`} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>{t("file")}</label>
        <input id={`${id}-file`} type="file" accept=".txt,.md,.markdown,.html,.htm,.xlf,.xliff,text/plain,text/html,text/markdown" onChange={(e) => void choose(e)} />
        <p className="hint">{t("limit", { size: maxMegabytes })}</p>
      </div>
    </fieldset>
  );
}

function SplitEditor({ row, onSplit, onCancel }: { row: ProposedRow; onSplit: (side: "source" | "target", at: number) => void; onCancel: () => void }) {
  const { t } = useTranslation("import");
  const source = useRef<HTMLTextAreaElement>(null);
  const target = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="split-editor">
      <p className="hint">{t("review.splitHint")}</p>
      {(["source", "target"] as const).map((side) => (
        <div key={side} className="field">
          <label htmlFor={`split-${side}`}>{side === "source" ? t("review.splitSource") : t("review.splitTarget")}</label>
          <textarea id={`split-${side}`} ref={side === "source" ? source : target} readOnly rows={3} defaultValue={side === "source" ? row.sourceText : row.targetText} />
          <button type="button" className="button button--small" onClick={() => onSplit(side, (side === "source" ? source : target).current?.selectionStart ?? 0)}>
            {t("review.splitHere")}
          </button>
        </div>
      ))}
      <button type="button" className="button button--small button--quiet" onClick={onCancel}>
        {t("review.cancel")}
      </button>
    </div>
  );
}

/** Import in two steps: give the two texts, then check and repair the proposed pairs before anything is saved. */
/** `assignable`: for those who may assign (decision 023), the people the desk section offers; absent for translators. */
export function ImportWizard({ maxBytes, assignable }: { maxBytes: number; assignable?: AssignablePerson[] }) {
  const { t, i18n } = useTranslation(["import", "documents"]);
  const describe = useErrorMessage();
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [targetLangInput, setTargetLangInput] = useState(DEFAULT_TARGET_LANG);
  const targetLang = canonicalLanguageTag(targetLangInput);
  const [source, setSource] = useState<SideInput>(EMPTY);
  const [target, setTarget] = useState<SideInput>(EMPTY);
  const [proposal, setProposal] = useState<ImportProposalDto | null>(null);
  const [rows, setRows] = useState<ProposedRow[]>([]);
  const [splitting, setSplitting] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [desk, setDesk] = useState(EMPTY_IMPORT_DESK);

  async function align(sides: { source: SideInput; target: SideInput } = { source, target }) {
    setIsBusy(true);
    setError(null);
    const result = await callRoute(previewImportContract, {
      body: { title: title || undefined, targetLang: targetLang ?? undefined, source: toPayload(sides.source), target: toPayload(sides.target) },
    });
    setIsBusy(false);
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setProposal(result.data);
    setRows(result.data.rows);
    setTitle(result.data.title);
  }

  async function swap() {
    const sides = { source: target, target: source };
    setSource(sides.source);
    setTarget(sides.target);
    await align(sides);
  }

  async function confirm() {
    if (!proposal) return;
    setIsBusy(true);
    setError(null);
    const result = await callRoute(createDocumentContract, {
      body: {
        title,
        sourceLang: proposal.sourceLang,
        targetLang: proposal.targetLang,
        pairs: rows.map((row) => ({ kind: row.kind, sourceText: row.sourceText, targetText: row.targetText, state: row.state, inlineCodes: row.inlineCodes })),
        ...(assignable ? importDeskBody(desk) : {}),
      },
    });
    if (!result.ok) {
      setIsBusy(false);
      setError(describe(result.error));
      return;
    }
    router.push(`/documents/${result.data.id}?lang=${encodeURIComponent(proposal.targetLang)}`);
  }

  if (!proposal) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void align();
        }}
      >
        <p>{t("intro")}</p>
        <ErrorAlert message={error} />
        <div className="field">
          <label htmlFor="import-title">{t("documentTitle")}</label>
          <input id="import-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
        </div>
        <div className="field">
          <label htmlFor="import-target-lang">{t("targetLanguage")}</label>
          <input
            id="import-target-lang"
            data-testid="import-target-lang"
            value={targetLangInput}
            onChange={(e) => setTargetLangInput(e.target.value)}
            maxLength={35}
            aria-invalid={targetLang === null}
            aria-describedby="import-target-lang-hint"
          />
          <p id="import-target-lang-hint" className="hint">
            {targetLang === null ? t("targetLanguageInvalid") : t("targetLanguageHint", { name: languageName(targetLang, i18n.language) })}
          </p>
        </div>
        <div className="import-sides">
          <SideFields id="source" label={t("source")} value={source} onChange={setSource} maxMegabytes={maxBytes / 1024 / 1024} />
          <SideFields id="target" label={t("target")} value={target} onChange={setTarget} maxMegabytes={maxBytes / 1024 / 1024} />
        </div>
        <button type="submit" className="button" disabled={isBusy || targetLang === null} data-testid="align">
          {isBusy ? t("aligning") : t("align")}
        </button>
      </form>
    );
  }

  return (
    <div>
      <h2>{t("review.title")}</h2>
      <p>{t("review.intro", { count: rows.length })}</p>
      {proposal.suggestSwap && (
        <p role="alert" className="alert alert--warn">
          {t("review.swapSuggestion")}{" "}
          <button type="button" className="button button--small" onClick={() => void swap()}>
            {t("review.swap")}
          </button>
        </p>
      )}
      <ErrorAlert message={error} />
      <div className="field">
        <label htmlFor="review-title">{t("documentTitle")}</label>
        <input id="review-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required />
      </div>
      <table className="bilingual import-review">
        <thead>
          <tr>
            <th scope="col" className="bilingual__info">{t("review.columns.row")}</th>
            <th scope="col">{t("review.columns.source")}</th>
            <th scope="col">{t("review.columns.target")}</th>
            <th scope="col" className="import-review__actions">{t("review.columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${index}-${row.sourceText.slice(0, 20)}-${row.targetText.slice(0, 20)}`} className={row.isDoubtful ? "is-doubtful" : undefined} data-testid="proposed-row" data-doubtful={row.isDoubtful}>
              <th scope="row" className="bilingual__info">
                <div className="segment-meta">
                  <span className="position">{index + 1}</span>
                  <label className="visually-hidden" htmlFor={`kind-${index}`}>
                    {t("review.kind", { number: index + 1 })}
                  </label>
                  <select id={`kind-${index}`} value={row.kind} onChange={(e) => setRows(setRowKind(rows, index, e.target.value as SegmentKind))}>
                    {SEGMENT_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`documents:kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                  {row.isDoubtful ? (
                    <span className="badge badge--rejected">{t("review.doubtful")}</span>
                  ) : (
                    <span className="muted small">{t("review.confidence", { percent: formatPercent(row.confidence, i18n.language) })}</span>
                  )}
                </div>
              </th>
              <td lang={proposal.sourceLang} className="bilingual__text" data-testid="proposed-source">
                {row.sourceText || <span className="muted">{t("review.empty")}</span>}
              </td>
              <td lang={proposal.targetLang} className="bilingual__text" data-testid="proposed-target">
                {row.targetText || <span className="muted">{t("review.empty")}</span>}
                {splitting === index && (
                  <SplitEditor
                    row={row}
                    onCancel={() => setSplitting(null)}
                    onSplit={(side, at) => {
                      setRows(splitRow(rows, index, side, at));
                      setSplitting(null);
                    }}
                  />
                )}
              </td>
              <td className="import-review__actions">
                <div className="button-row">
                  <button type="button" className="button button--small button--quiet" disabled={index === rows.length - 1} onClick={() => setRows(mergeRows(rows, index))}>
                    {t("review.merge")}
                  </button>
                  <button type="button" className="button button--small button--quiet" onClick={() => setSplitting(index)}>
                    {t("review.split")}
                  </button>
                  <button type="button" className="button button--small button--quiet" disabled={index === 0} onClick={() => setRows(moveTarget(rows, index, -1))} aria-label={`${t("review.up")} (${index + 1})`}>
                    ↑
                  </button>
                  <button type="button" className="button button--small button--quiet" disabled={index === rows.length - 1} onClick={() => setRows(moveTarget(rows, index, 1))} aria-label={`${t("review.down")} (${index + 1})`}>
                    ↓
                  </button>
                  <button type="button" className="button button--small button--quiet" disabled={!row.sourceText || !row.targetText} onClick={() => setRows(detachRow(rows, index))}>
                    {t("review.detach")}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {assignable && <ImportDeskFields people={assignable} lang={proposal.targetLang} value={desk} onChange={setDesk} />}
      <div className="button-row">
        <button type="button" className="button button--quiet" onClick={() => setProposal(null)}>
          {t("review.back")}
        </button>
        <button type="button" className="button" disabled={isBusy || title.trim() === ""} onClick={() => void confirm()} data-testid="confirm-import">
          {isBusy ? t("review.creating") : t("review.confirm")}
        </button>
      </div>
    </div>
  );
}
