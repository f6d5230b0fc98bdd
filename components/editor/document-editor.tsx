"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "@/domain/languages/language-tag";
import { summariseProgress } from "@/domain/progress";
import type { Dismissal } from "@/domain/qa/text-hash";
import { findNextNeedingWork } from "@/domain/workflow/next-segment";
import type { DocumentDto } from "@/server/services/documents/get-document.schema";
import { dismissFindingContract } from "@/server/services/quality/dismiss-finding.schema";
import type { ReviewErrorInput } from "@/server/services/quality/review-error.schema";
import { listPresenceContract, type PresenceDto } from "@/server/services/presence/list-presence.schema";
import { callRoute } from "../api/client";
import { useLiveDocument } from "../api/use-live-document";
import { ProgressBar } from "../progress-bar";
import { ActivityFeed } from "./activity-feed";
import { EditorToolbar } from "./editor-toolbar";
import { useSearchParams } from "next/navigation";
import { FilterChips } from "./filter-chips";
import { filterSegments, filtersFromParams, filtersToParams, type Filters } from "./filters";
import { SelectedIssues } from "./selected-issues";
import { IssuesPanel } from "./issues-panel";
import { TranslationSwitcher } from "./language-switcher";
import { RemovedRow, SourceUpdatedBanner } from "./outdated-source";
import { SourceUpdateDialog } from "./source-update-dialog";
import { findEditorCommand, findRowCommand, matchNumberOf } from "./key-map";
import { MemorySuggestions } from "./memory-suggestions";
import { ConcordanceSearch } from "./concordance-search";
import { useMemorySuggestions } from "./use-memory-suggestions";
import { SegmentPanel } from "./segment-panel";
import { SegmentRow, type RowHandlers } from "./segment-row";
import { ShortcutsHelp } from "./shortcuts-help";
import type { EditorRights } from "./types";
import { useFindings } from "./use-findings";
import { useSegmentSync } from "./use-segment-sync";
import type { EditorDensity } from "@/domain/users/editor-density";import { VirtualRows } from "./virtual-rows";

/**
 * Runs `act` on the row of paragraph `id` once it is in the page: a row outside the window is
 * rendered on the next frames (the selected and edited rows are always rendered, decision 025).
 */
function whenRowRendered(id: string, act: (row: HTMLElement) => void, framesLeft = 10) {
  requestAnimationFrame(() => {
    const row = window.document.getElementById(`segment-${id}`);
    if (row) act(row);
    else if (framesLeft > 0) whenRowRendered(id, act, framesLeft - 1);
  });
}

/** A paragraph the French removed is kept for its history only: nobody changes it any more. */
const READ_ONLY: EditorRights = { canEdit: false, canSubmit: false, canApprove: false, canReject: false, canExclude: false, canComment: false };

/**
 * The side-by-side editor. The paragraphs, their drafts, saves and conflicts live in
 * `useSegmentSync`; this component holds what is on screen (editing, focus, filters, tabs)
 * and maps the keys of key-map.ts to actions.
 */
/**
 * The editor of one translation. `languageActions` (adding a language) sits beside the language
 * switcher, whose entry for this translation follows the live paragraphs, not the page's load.
 */
export function DocumentEditor({
  document,
  rights,
  viewerId,
  languageActions,
  density,
}: {
  document: DocumentDto;
  rights: EditorRights;
  viewerId: string;
  languageActions?: ReactNode;
  /** The account's editor density: "compact" fits about twice the rows on one screen. */
  density?: EditorDensity;
}) {
  const { t, i18n } = useTranslation(["editor", "documents", "memory"]);
  const sync = useSegmentSync(document.id, document.targetLang, document.segments, document.removedSegments);
  const { segments, removedSegments, drafts, statuses, conflicts, getSegment, changeDraft, save, review, reload, refreshSegment, segmentUpdated } = sync;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // The filters start from the address (the publish checklist links to the paragraphs behind an
  // item) and are written back to it, so that what narrows the table is always visible and shareable.
  const searchParams = useSearchParams();
  const [filters, setFilterState] = useState<Filters>(() => filtersFromParams(new URLSearchParams(searchParams?.toString() ?? "")));
  const setFilters = useCallback((next: Filters) => {
    setFilterState(next);
    const params = filtersToParams(next, new URLSearchParams(window.location.search)).toString();
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${params ? `?${params}` : ""}`);
  }, []);
  const [tab, setTab] = useState<"paragraph" | "issues" | "activity">("paragraph");
  const [dismissals, setDismissals] = useState<Dismissal[]>(document.dismissals);
  const findings = useFindings(segments, document.glossary, dismissals, document.sourceLang, document.targetLang);
  const [commentsKey, setCommentsKey] = useState(0);
  const [presence, setPresence] = useState<PresenceDto[]>([]);
  const help = useRef<HTMLDialogElement>(null);
  const showHelp = useCallback(() => help.current?.showModal(), []);
  const [isSourceUpdated, setIsSourceUpdated] = useState(document.isSourceUpdatedSincePublication);

  /** Reloads the paragraphs (drafts kept) and what the article says about its French. */
  const reloadDocument = useCallback(async () => {
    const data = await reload();
    if (data) setIsSourceUpdated(data.isSourceUpdatedSincePublication);
  }, [reload]);

  const dismiss = useCallback(async (id: string, checkId: string, reason: string, error?: ReviewErrorInput) => {
    const result = await callRoute(dismissFindingContract, { params: { id }, body: { checkId, reason, ...(error ? { error } : {}) } });
    if (result.ok) setDismissals((all) => [...all, result.data]);
    return result;
  }, []);

  const { reportEditing } = useLiveDocument(document.id, {
    onSegment: (event) => segmentUpdated(event.segmentId, event.version),
    onSegments: () => void reload(),
    // A new version of the French: paragraphs came, went or changed; unsaved text is kept.
    onSource: () => void reloadDocument(),
    onComments: (event) => {
      void refreshSegment(event.segmentId);
      setCommentsKey((key) => key + 1);
    },
    onPresence: () => {
      void callRoute(listPresenceContract, { params: { id: document.id } }).then((result) => {
        if (result.ok) setPresence(result.data);
      });
    },
  });
  useEffect(() => reportEditing(editingId), [editingId, reportEditing]);

  // The selected paragraph's memory matches; Ctrl+1..3 in its text box reads them through the ref.
  const activeLive = segments.find((s) => s.id === activeId) ?? null;
  const suggestions = useMemorySuggestions(activeLive?.id ?? null, activeLive?.sourceText ?? null);
  const suggestionsRef = useRef(suggestions);
  useEffect(() => {
    suggestionsRef.current = suggestions;
  }, [suggestions]);
  const { insertFromMemory, insertSentenceFromMemory } = sync;

  const visible = useMemo(() => filterSegments(segments, filters, drafts, findings, removedSegments), [segments, filters, drafts, findings, removedSegments]);
  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  const focusRow = useCallback((id: string) => {
    setActiveId(id);
    whenRowRendered(id, (row) => {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: "nearest" });
    });
  }, []);

  const startEditing = useCallback(
    (id: string) => {
      const segment = getSegment(id);
      if (!segment || !rights.canEdit || segment.state === "EXCLUDED") return;
      setActiveId(id);
      setEditingId(id);
      whenRowRendered(id, (row) => row.scrollIntoView({ block: "nearest" }));
    },
    [getSegment, rights.canEdit],
  );

  /** The visible paragraph `step` rows away, or the next one needing work when step is "work". */
  const neighbour = useCallback((id: string, step: 1 | -1 | "work"): string | null => {
    const rows = visibleRef.current;
    const index = rows.findIndex((s) => s.id === id);
    if (index === -1) return null;
    if (step === "work") {
      const next = findNextNeedingWork(rows.map((s) => (s.id === id ? "APPROVED" : s.state)), index, rights.canApprove);
      return next === null ? null : rows[next].id;
    }
    return rows[index + step]?.id ?? null;
  }, [rights.canApprove]);

  const handlers: RowHandlers = useMemo(
    () => ({
      select: (id) => setActiveId(id),
      startEditing,
      changeDraft,
      leaveEditor: (id) => {
        void save(id);
        setEditingId((current) => (current === id ? null : current));
      },
      resolveConflict: sync.resolveConflict,
      fixFinding: sync.applyFix,
      dismissFinding: dismiss,
      editorKeyDown: (id, event: KeyboardEvent<HTMLTextAreaElement>) => {
        const command = findEditorCommand(event);
        if (command === null) return;
        event.preventDefault();
        const matchNumber = matchNumberOf(command);
        if (matchNumber !== null) {
          const current = suggestionsRef.current;
          const match = current.status === "ready" && current.segmentId === id ? current.matches[matchNumber - 1] : undefined;
          if (match) void insertFromMemory(id, match);
          return;
        }
        switch (command) {
          case "approveNext":
          case "saveNext": {
            const next = neighbour(id, "work");
            if (command === "approveNext" && rights.canApprove) {
              void save(id).then((ok) => (ok ? review(id, "approve") : undefined));
            } else {
              void save(id, { submit: rights.canSubmit });
            }
            setEditingId(null);
            if (next) startEditing(next);
            else focusRow(id);
            break;
          }
          case "moveDown":
          case "moveUp": {
            const next = neighbour(id, command === "moveDown" ? 1 : -1);
            if (next) {
              void save(id);
              startEditing(next);
            }
            break;
          }
          case "copySource": {
            const segment = getSegment(id);
            if (segment) changeDraft(id, segment.sourceText);
            break;
          }
          case "cancel":
            changeDraft(id, null);
            setEditingId(null);
            focusRow(id);
            break;
          case "help":
            showHelp();
            break;
        }
      },
      rowKeyDown: (id, event: KeyboardEvent<HTMLTableRowElement>) => {
        if (event.target !== event.currentTarget) return;
        const command = findRowCommand(event);
        if (command === null) return;
        if (command === "edit" || command === "help") {
          event.preventDefault();
          if (command === "edit") startEditing(id);
          else showHelp();
          return;
        }
        const rows = visibleRef.current;
        const index = rows.findIndex((s) => s.id === id);
        const target = { down: rows[index + 1], up: rows[index - 1], first: rows[0], last: rows.at(-1) }[command];
        if (target) {
          event.preventDefault();
          focusRow(target.id);
        }
      },
    }),
    [changeDraft, dismiss, focusRow, getSegment, insertFromMemory, neighbour, review, rights.canApprove, rights.canSubmit, save, showHelp, startEditing, sync.applyFix, sync.resolveConflict],
  );

  // Leaving the page with text not yet saved asks first.
  const { hasUnsaved } = sync;
  useEffect(() => {
    if (!hasUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = t("leaveWarning");
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [hasUnsaved, t]);

  const progress = useMemo(() => summariseProgress(segments.map((s) => s.state)), [segments]);
  const languages = useMemo(
    () => document.languages.map((language) => (language.lang === document.targetLang ? { ...language, progress } : language)),
    [document.languages, document.targetLang, progress],
  );
  const others = presence.filter((p) => p.userId !== viewerId);
  const editedByOthers = useMemo(() => {
    const map: Record<string, string> = {};
    for (const person of presence) if (person.userId !== viewerId && person.editingSegmentId) map[person.editingSegmentId] = person.name;
    return map;
  }, [presence, viewerId]);
  const removedActive = removedSegments.find((s) => s.id === activeId) ?? null;
  const active = segments.find((s) => s.id === activeId) ?? removedActive;
  const outdatedCount = useMemo(() => segments.filter((s) => s.state === "OUTDATED").length, [segments]);
  const tabStopId = visible.some((s) => s.id === activeId) ? activeId : visible[0]?.id;
  // The rows kept rendered wherever the page is scrolled: the one being edited, the selected one
  // and the keyboard's way into the table.
  const pinnedRows = useMemo(() => {
    const wanted = new Set([editingId, activeId, tabStopId]);
    const indexes: number[] = [];
    visible.forEach((segment, index) => {
      if (wanted.has(segment.id)) indexes.push(index);
    });
    return indexes;
  }, [visible, editingId, activeId, tabStopId]);

  return (
    <>
    <div className="translation-bar">
      <TranslationSwitcher documentId={document.id} current={document.targetLang} languages={languages} />
      {languageActions}
    </div>
    <div className="editor">
      <div className="editor__main">
        <div className="document-progress">
          <ProgressBar progress={progress} />
          <p data-testid="progress-text">
            {t("documents:view.progress", {
              count: progress.approved,
              approved: progress.approved,
              included: progress.included,
              percent: new Intl.NumberFormat(i18n.language, { style: "percent" }).format(progress.approvedPercent / 100),
            })}
            {" · "}
            {t("progress", progress)}
          </p>
        </div>
        {isSourceUpdated && <SourceUpdatedBanner />}
        {rights.canUpdateSource && (
          <p className="button-row">
            <SourceUpdateDialog documentId={document.id} onUpdated={reloadDocument} />
          </p>
        )}
        <EditorToolbar
          documentId={document.id}
          lang={document.targetLang}
          filters={filters}
          onFiltersChange={setFilters}
          shown={visible.length}
          total={segments.length}
          others={others.map((p) => p.name)}
          canApprove={rights.canApprove}
          onBulkApproved={reloadDocument}
          onShowShortcuts={showHelp}
          outdatedCount={outdatedCount}
          removedCount={removedSegments.length}
        />
        <FilterChips filters={filters} onFiltersChange={setFilters} />
        <table className="bilingual" data-density={density ?? "comfortable"} data-testid="editor-table">
          <caption className="visually-hidden">
            {t("documents:view.caption", {
              source: languageName(document.sourceLang, i18n.language),
              target: languageName(document.targetLang, i18n.language),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="bilingual__info">
                {t("documents:view.infoColumn")}
              </th>
              <th scope="col">{t("documents:view.sourceColumn", { language: languageName(document.sourceLang, i18n.language) })}</th>
              <th scope="col">{t("documents:view.targetColumn", { language: languageName(document.targetLang, i18n.language) })}</th>
            </tr>
          </thead>
          <VirtualRows
            items={visible}
            getKey={(segment) => segment.id}
            pinned={pinnedRows}
            columns={3}
            placeholder={<span className="muted">{t("rows.loading", { count: visible.length })}</span>}
            renderItem={(segment) =>
              filters.scope === "removed" ? (
                <RemovedRow
                  segment={segment}
                  sourceLang={document.sourceLang}
                  targetLang={document.targetLang}
                  isActive={activeId === segment.id}
                  onSelect={setActiveId}
                />
              ) : (
                <SegmentRow
                  segment={segment}
                  number={segment.position + 1}
                  sourceLang={document.sourceLang}
                  targetLang={document.targetLang}
                  draft={drafts[segment.id]}
                  isEditing={editingId === segment.id}
                  isActive={activeId === segment.id}
                  isTabStop={tabStopId === segment.id}
                  status={statuses[segment.id]}
                  conflict={conflicts[segment.id]}
                  editedBy={editedByOthers[segment.id]}
                  findings={findings.get(segment.id)}
                  rights={rights}
                  handlers={handlers}
                  glossary={document.glossary}
                />
              )
            }
          />
        </table>
      </div>
      <aside className="editor__side" aria-label={t("panel.label")}>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === "paragraph"} className="tab" onClick={() => setTab("paragraph")}>
            {t("panel.label")}
          </button>
          <button type="button" role="tab" aria-selected={tab === "issues"} className="tab" onClick={() => setTab("issues")} data-testid="issues-tab">
            {t("qa:issues.tab")}
          </button>
          <button type="button" role="tab" aria-selected={tab === "activity"} className="tab" onClick={() => setTab("activity")}>
            {t("toolbar.activity")}
          </button>
        </div>
        {tab === "issues" ? (
          <>
            {active && !removedActive && (
              <SelectedIssues
                key={active.id}
                segment={active}
                text={drafts[active.id] ?? active.targetText}
                findings={findings.get(active.id) ?? []}
                glossary={document.glossary}
                targetLang={document.targetLang}
                canEdit={rights.canEdit && active.state !== "EXCLUDED"}
                onFix={(checkId) => sync.applyFix(active.id, checkId)}
                onDismiss={(checkId, reason) => dismiss(active.id, checkId, reason)}
              />
            )}
            <IssuesPanel findings={findings} activeCheck={filters.check} onFilter={(check) => setFilters({ ...filters, check })} />
          </>
        ) : tab === "activity" ? (
          <ActivityFeed
            documentId={document.id}
            lang={document.targetLang}
            refreshKey={sync.changeCount}
            onSelect={(id) => { setTab("paragraph"); focusRow(id); }}
            canUndo={rights.canApprove}
            onUndone={reloadDocument}
          />
        ) : active ? (
          <SegmentPanel
            key={active.id}
            segment={active}
            number={active.position + 1}
            rights={removedActive ? READ_ONLY : rights}
            onReview={(action, reason, error) => review(active.id, action, reason, error)}
            onRestore={(revisionId) => sync.restore(active.id, revisionId)}
            onChangeKind={(kind) => sync.changeKind(active.id, kind)}
            findings={findings.get(active.id) ?? []}
            onFix={(checkId, error) => sync.applyFix(active.id, checkId, error)}
            onDismiss={(checkId, reason, error) => dismiss(active.id, checkId, reason, error)}
            onCopySource={() => {
              changeDraft(active.id, active.sourceText);
              startEditing(active.id);
            }}
            onCommentsChanged={() => void refreshSegment(active.id)}
            commentsKey={commentsKey}
            memory={
              removedActive ? null : (
                <section aria-labelledby="memory-title" data-testid="memory-panel">
                  <h3 id="memory-title">{t("memory:title")}</h3>
                  <MemorySuggestions
                    suggestions={suggestions}
                    canInsert={rights.canEdit && active.state !== "EXCLUDED"}
                    onInsert={(match) => {
                      void insertFromMemory(active.id, match);
                      startEditing(active.id);
                    }}
                    onInsertSentence={(match, sentence) => {
                      void insertSentenceFromMemory(active.id, match, { index: sentence.index, sourceLang: document.sourceLang, targetLang: document.targetLang });
                      startEditing(active.id);
                    }}
                  />
                  <h4>{t("memory:concordance.title")}</h4>
                  <ConcordanceSearch sourceLang={document.sourceLang} targetLang={document.targetLang} />
                  <p className="small">
                    <a href={`/memory?lang=${encodeURIComponent(document.targetLang)}`}>{t("memory:transfer.link")}</a>
                  </p>
                </section>
              )
            }
          />
        ) : (
          <p className="muted panel">{t("panel.none")}</p>
        )}
      </aside>
      <ShortcutsHelp ref={help} />
    </div>
    </>
  );
}
