"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { canonicalLanguageTag, isSourceLanguage, languageName } from "@/domain/languages/language-tag";
import { addTranslationContract } from "@/server/services/translations/add-translation.schema";
import { previewTranslationContract, type TranslationProposalDto } from "@/server/services/translations/preview-translation.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";

/** Languages offered first; any other BCP 47 tag may be typed. */
const SUGGESTED = ["es", "pt-BR", "de", "it"];

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * "Add a language": a BCP 47 tag, then either an empty translation or an existing one read from
 * a file, aligned to the article's paragraphs and shown for checking before anything is written.
 */
export function AddLanguage({ documentId, sourceLang, existing }: { documentId: string; sourceLang: string; existing: string[] }) {
  const { t, i18n } = useTranslation("editor");
  const describe = useErrorMessage();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [tag, setTag] = useState("");
  const [mode, setMode] = useState<"empty" | "file">("empty");
  const [file, setFile] = useState<File | null>(null);
  const [proposal, setProposal] = useState<TranslationProposalDto | null>(null);
  const [targets, setTargets] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const canonical = tag.trim() === "" ? null : canonicalLanguageTag(tag);
  const isTaken = canonical !== null && existing.includes(canonical);
  const isSource = canonical !== null && isSourceLanguage(canonical, sourceLang);

  function open() {
    setTag("");
    setMode("empty");
    setFile(null);
    setProposal(null);
    setError(null);
    dialog.current?.showModal();
  }

  async function add(lang: string, texts?: string[], sourceRevision?: number) {
    const result = await callRoute(addTranslationContract, { params: { id: documentId }, body: texts ? { lang, targets: texts, sourceRevision } : { lang } });
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    dialog.current?.close();
    router.push(`/documents/${documentId}?lang=${encodeURIComponent(result.data.lang)}`);
    router.refresh();
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!canonical || isTaken || isSource) return;
    setError(null);
    setIsBusy(true);
    try {
      if (proposal) await add(proposal.lang, targets, proposal.sourceRevision);
      else if (mode === "empty") await add(canonical);
      else if (file) {
        const content = toBase64(new Uint8Array(await file.arrayBuffer()));
        const result = await callRoute(previewTranslationContract, { params: { id: documentId }, body: { lang: canonical, target: { name: file.name, content, encoding: "base64" } } });
        if (!result.ok) setError(describe(result.error));
        else {
          setProposal(result.data);
          setTargets(result.data.rows.map((row) => row.targetText));
        }
      }
    } finally {
      setIsBusy(false);
    }
  }

  const doubtful = proposal?.rows.filter((row) => row.isDoubtful).length ?? 0;
  return (
    <>
      <button type="button" className="button button--small button--quiet" onClick={open} data-testid="add-language">
        {t("languages.add")}
      </button>
      <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={`${ids}-title`} data-testid="add-language-dialog">
        <form onSubmit={(event) => void submit(event)}>
          <h2 id={`${ids}-title`}>{t("languages.addTitle")}</h2>
          <ErrorAlert message={error} />
          {!proposal && (
            <>
              <div className="field">
                <label htmlFor={`${ids}-tag`}>{t("languages.tag")}</label>
                <input
                  id={`${ids}-tag`}
                  list={`${ids}-suggestions`}
                  value={tag}
                  onChange={(event) => setTag(event.target.value)}
                  required
                  maxLength={35}
                  autoComplete="off"
                  aria-describedby={`${ids}-tag-hint`}
                  aria-invalid={tag.trim() !== "" && (canonical === null || isTaken || isSource)}
                />
                <datalist id={`${ids}-suggestions`}>
                  {SUGGESTED.filter((suggestion) => !existing.includes(suggestion)).map((suggestion) => (
                    <option key={suggestion} value={suggestion}>
                      {languageName(suggestion, i18n.language)}
                    </option>
                  ))}
                </datalist>
                <p id={`${ids}-tag-hint`} className="hint" aria-live="polite">
                  {tag.trim() === ""
                    ? t("languages.tagHint")
                    : canonical === null
                      ? t("languages.tagInvalid")
                      : isSource
                        ? t("languages.tagSource", { language: languageName(canonical, i18n.language) })
                        : isTaken
                        ? t("languages.tagTaken", { language: languageName(canonical, i18n.language) })
                        : t("languages.tagName", { language: languageName(canonical, i18n.language), tag: canonical })}
                </p>
              </div>
              <fieldset className="field">
                <legend>{t("languages.start")}</legend>
                <label>
                  <input type="radio" name="mode" value="empty" checked={mode === "empty"} onChange={() => setMode("empty")} /> {t("languages.startEmpty")}
                </label>
                <label>
                  <input type="radio" name="mode" value="file" checked={mode === "file"} onChange={() => setMode("file")} /> {t("languages.startFile")}
                </label>
                {mode === "file" && (
                  <input
                    type="file"
                    accept=".txt,.md,.markdown,.html,.htm,.xlf,.xliff,text/plain,text/markdown,text/html"
                    aria-label={t("languages.file")}
                    required
                    onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                  />
                )}
              </fieldset>
            </>
          )}
          {proposal && (
            <>
              <p>
                {t("languages.previewIntro", { language: languageName(proposal.lang, i18n.language), count: proposal.rows.length })}{" "}
                {doubtful > 0 && <strong>{t("languages.previewDoubtful", { count: doubtful })}</strong>}
              </p>
              <div className="add-language__rows">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">{t("languages.previewSource")}</th>
                      <th scope="col">{t("languages.previewTarget", { language: languageName(proposal.lang, i18n.language) })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {proposal.rows.map((row, index) => (
                      <tr key={row.position} className={row.isDoubtful ? "is-doubtful" : undefined} data-testid="add-language-row">
                        <td>
                          {row.position + 1}
                          {row.isDoubtful && <span className="badge badge--warning">{t("languages.doubtful")}</span>}
                        </td>
                        <td lang="fr">{row.sourceText}</td>
                        <td>
                          <textarea
                            lang={proposal.lang}
                            aria-label={t("languages.rowTarget", { number: row.position + 1 })}
                            value={targets[index] ?? ""}
                            rows={2}
                            onChange={(event) => setTargets((all) => all.map((text, k) => (k === index ? event.target.value : text)))}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={isBusy || !canonical || isTaken || isSource || (mode === "file" && !file && !proposal)}>
              {proposal ? t("languages.confirm") : mode === "file" ? t("languages.preview") : t("languages.create")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
              {t("languages.cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
