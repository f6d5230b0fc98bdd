"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { summariseProgress } from "@/domain/progress";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { findNextNeedingWork } from "@/domain/workflow/next-segment";
import { SEGMENT_STATES } from "@/domain/workflow/segment-state";
import type { DocumentDto } from "@/server/services/get-document";
import type { SegmentDto } from "@/server/segments/segment-dto";
import { ProgressBar } from "../progress-bar";
import { ActivityFeed } from "./activity-feed";
import { callApi, type ApiResult } from "../api/call-api";
import { BulkApprove } from "./bulk-approve";
import { SegmentPanel } from "./segment-panel";
import { SegmentRow, type RowHandlers } from "./segment-row";
import { ShortcutsHelp } from "./shortcuts-help";
import type { Conflict, EditorRights, ReviewAction, RowStatus } from "./types";
import { useLiveDocument } from "../api/use-live-document";
import { useFindings } from "./use-findings";
import { IssuesPanel } from "./issues-panel";
import type { Dismissal } from "@/domain/qa/text-hash";
import type { PresenceDto } from "@/server/services/presence";

type SaveResult = { segment: SegmentDto };
type Filters = { state: string; kind: string; hasComments: boolean; search: string; check: string };

const NO_FILTERS: Filters = { state: "", kind: "", hasComments: false, search: "", check: "" };

/** Case- and accent-insensitive, so "poutine" finds "Poutine" and "pekin" finds "Pékin". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The side-by-side editor. Every change to a paragraph goes through one queue per paragraph,
 * so a blur-save and a button click never race each other with the same version; a save
 * refused with 409 keeps the user's text and shows both versions.
 */
export function DocumentEditor({ document, rights, viewerId }: { document: DocumentDto; rights: EditorRights; viewerId: string }) {
  const { t } = useTranslation(["editor", "documents"]);
  const [segments, setSegments] = useState<SegmentDto[]>(document.segments);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [statuses, setStatuses] = useState<Record<string, RowStatus>>({});
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const [editingId, setEditingId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [tab, setTab] = useState<"paragraph" | "issues" | "activity">("paragraph");
  const [dismissals, setDismissals] = useState<Dismissal[]>(document.dismissals);
  const findings = useFindings(segments, document.glossary, dismissals, document.sourceLang, document.targetLang);
  const [activityKey, setActivityKey] = useState(0);
  const [commentsKey, setCommentsKey] = useState(0);
  const [presence, setPresence] = useState<PresenceDto[]>([]);
  const help = useRef<HTMLDialogElement>(null);

  // Async work reads the latest values through refs, never stale closures.
  const segmentsRef = useRef(segments);
  const draftsRef = useRef(drafts);
  const conflictsRef = useRef(conflicts);
  const queues = useRef(new Map<string, Promise<unknown>>());
  useEffect(() => {
    segmentsRef.current = segments;
    draftsRef.current = drafts;
    conflictsRef.current = conflicts;
  }, [segments, drafts, conflicts]);

  const replaceSegment = useCallback((next: SegmentDto) => {
    segmentsRef.current = segmentsRef.current.map((s) => (s.id === next.id ? next : s));
    setSegments(segmentsRef.current);
    setActivityKey((key) => key + 1);
  }, []);

  const setStatus = useCallback((id: string, status: RowStatus | null) => {
    setStatuses((all) => {
      const next = { ...all };
      if (status) next[id] = status;
      else delete next[id];
      return next;
    });
  }, []);

  const setDraft = useCallback((id: string, text: string | null) => {
    const next = { ...draftsRef.current };
    if (text === null) delete next[id];
    else next[id] = text;
    draftsRef.current = next;
    setDrafts(next);
  }, []);

  /** Runs one change of one paragraph after the ones already queued for it. */
  const enqueue = useCallback(<T,>(id: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.current.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.current.set(id, next.catch(() => undefined));
    return next;
  }, []);

  const handleFailure = useCallback(
    (id: string, result: Extract<ApiResult<unknown>, { ok: false }>, mine: string | null) => {
      const current = result.error.details?.current;
      if (result.status === 409 && current) {
        replaceSegment(current);
        if (mine !== null && mine !== current.targetText) {
          setConflicts((all) => ({ ...all, [id]: { mine, theirs: current } }));
          setStatus(id, null);
          return;
        }
      }
      setStatus(id, { kind: "error", error: result.error });
    },
    [replaceSegment, setStatus],
  );

  /** Saves the paragraph's draft (if any) and optionally submits it; resolves true on success. */
  const save = useCallback(
    (id: string, options: { submit?: boolean; text?: string } = {}) =>
      enqueue(id, async () => {
        const segment = segmentsRef.current.find((s) => s.id === id);
        if (!segment) return false;
        const text = options.text ?? draftsRef.current[id] ?? segment.targetText;
        if (text === segment.targetText && !options.submit) {
          if (draftsRef.current[id] !== undefined) setDraft(id, null);
          return true;
        }
        setStatus(id, { kind: "saving" });
        const result = await callApi<SaveResult>(`/api/segments/${id}`, {
          method: "PUT",
          body: { targetText: text, version: segment.version, submit: options.submit ?? false },
        });
        if (!result.ok) {
          handleFailure(id, result, text);
          return false;
        }
        replaceSegment(result.data.segment);
        // Keep anything typed while the save was in flight.
        if (draftsRef.current[id] === undefined || draftsRef.current[id] === text) setDraft(id, null);
        setStatus(id, { kind: "saved" });
        return true;
      }),
    [enqueue, handleFailure, replaceSegment, setDraft, setStatus],
  );

  /**
   * One change of one paragraph through the API, in the paragraph's queue, sent with the
   * version it is based on. A success or a 409 brings the paragraph up to date; `clearsDraft`
   * drops unsaved text the change replaces (a fix, a restore).
   */
  const mutate = useCallback(
    (id: string, route: string, body: Record<string, unknown>, clearsDraft = false): Promise<ApiResult<SaveResult>> =>
      enqueue(id, async () => {
        const segment = segmentsRef.current.find((s) => s.id === id);
        if (!segment) return { ok: false as const, status: 404, error: { code: "NOT_FOUND", params: {} } };
        const result = await callApi<SaveResult>(`/api/segments/${id}/${route}`, { method: "POST", body: { ...body, version: segment.version } });
        if (result.ok) {
          replaceSegment(result.data.segment);
          if (clearsDraft) setDraft(id, null);
        } else if (result.status === 409 && result.error.details?.current) replaceSegment(result.error.details.current);
        return result;
      }),
    [enqueue, replaceSegment, setDraft],
  );

  const review = useCallback(
    (id: string, action: ReviewAction, reason?: string) => mutate(id, "review", { action, ...(reason === undefined ? {} : { reason }) }),
    [mutate],
  );
  const applyFix = useCallback((id: string, checkId: string) => mutate(id, "fix", { checkId }, true), [mutate]);
  const changeKind = useCallback((id: string, kind: string) => mutate(id, "kind", { kind }), [mutate]);
  const restore = useCallback((id: string, revisionId: string) => mutate(id, "revert", { revisionId }, true), [mutate]);

  const dismiss = useCallback(async (id: string, checkId: string, reason: string) => {
    const result = await callApi<{ dismissal: Dismissal }>(`/api/segments/${id}/dismissals`, { method: "POST", body: { checkId, reason } });
    if (result.ok) setDismissals((all) => [...all, result.data.dismissal]);
    return result;
  }, []);

  const reload = useCallback(async () => {
    const result = await callApi<{ document: DocumentDto }>(`/api/documents/${document.id}`);
    if (result.ok) {
      // A paragraph with unsaved text keeps the version it was started from, so that saving
      // it still meets a 409 if someone changed it meanwhile.
      const local = new Map(segmentsRef.current.map((s) => [s.id, s]));
      segmentsRef.current = result.data.document.segments.map((s) => (draftsRef.current[s.id] !== undefined ? (local.get(s.id) ?? s) : s));
      setSegments(segmentsRef.current);
      setActivityKey((key) => key + 1);
    }
  }, [document.id]);

  /** Fetches one paragraph someone else changed, unless the user has unsaved text in it. */
  const refreshSegment = useCallback(
    async (id: string) => {
      if (draftsRef.current[id] !== undefined) return;
      const result = await callApi<{ segment: SegmentDto }>(`/api/segments/${id}`);
      if (result.ok && draftsRef.current[id] === undefined) replaceSegment(result.data.segment);
    },
    [replaceSegment],
  );

  const { reportEditing } = useLiveDocument(document.id, {
    onSegment: (event) => {
      const local = segmentsRef.current.find((s) => s.id === event.segmentId);
      if (local && event.version > local.version) void refreshSegment(event.segmentId);
    },
    onSegments: () => void reload(),
    onComments: (event) => {
      void refreshSegment(event.segmentId);
      setCommentsKey((key) => key + 1);
    },
    onPresence: () => {
      void callApi<{ presence: PresenceDto[] }>(`/api/documents/${document.id}/presence`).then((result) => {
        if (result.ok) setPresence(result.data.presence);
      });
    },
  });
  useEffect(() => reportEditing(editingId), [editingId, reportEditing]);

  const visible = useMemo(() => {
    const search = fold(filters.search.trim());
    return segments.filter(
      (s) =>
        (filters.state === "" || s.state === filters.state) &&
        (filters.kind === "" || s.kind === filters.kind) &&
        (!filters.hasComments || s.openCommentCount > 0) &&
        (filters.check === "" || (findings.get(s.id) ?? []).some((f) => f.checkId === filters.check)) &&
        (search === "" || fold(s.sourceText).includes(search) || fold(s.targetText).includes(search) || fold(drafts[s.id] ?? "").includes(search)),
    );
  }, [segments, filters, drafts, findings]);
  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  const focusRow = useCallback((id: string) => {
    setActiveId(id);
    requestAnimationFrame(() => {
      const row = window.document.getElementById(`segment-${id}`);
      row?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: "nearest" });
    });
  }, []);

  const startEditing = useCallback(
    (id: string) => {
      const segment = segmentsRef.current.find((s) => s.id === id);
      if (!segment || !rights.canEdit || segment.state === "EXCLUDED") return;
      setActiveId(id);
      setEditingId(id);
      requestAnimationFrame(() => window.document.getElementById(`segment-${id}`)?.scrollIntoView({ block: "nearest" }));
    },
    [rights.canEdit],
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
      changeDraft: (id, text) => setDraft(id, text),
      leaveEditor: (id) => {
        void save(id);
        setEditingId((current) => (current === id ? null : current));
      },
      resolveConflict: (id, choice) => {
        setConflicts((all) => {
          const next = { ...all };
          delete next[id];
          return next;
        });
        if (choice === "theirs") {
          setDraft(id, null);
          return;
        }
        const text = choice === "mine" ? conflictsRef.current[id]?.mine : choice.merged;
        if (text !== undefined) {
          setDraft(id, text);
          void save(id, { text });
        }
      },
      editorKeyDown: (id, event: KeyboardEvent<HTMLTextAreaElement>) => {
        const isCtrl = event.ctrlKey || event.metaKey;
        if (isCtrl && event.key === "Enter") {
          event.preventDefault();
          const next = neighbour(id, "work");
          if (event.shiftKey && rights.canApprove) {
            void save(id).then((ok) => (ok ? review(id, "approve") : undefined));
          } else {
            void save(id, { submit: rights.canSubmit });
          }
          setEditingId(null);
          if (next) startEditing(next);
          else focusRow(id);
        } else if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
          event.preventDefault();
          const next = neighbour(id, event.key === "ArrowDown" ? 1 : -1);
          if (next) {
            void save(id);
            startEditing(next);
          }
        } else if (isCtrl && event.shiftKey && (event.key === "S" || event.key === "s")) {
          event.preventDefault();
          const segment = segmentsRef.current.find((s) => s.id === id);
          if (segment) setDraft(id, segment.sourceText);
        } else if (event.key === "Escape") {
          event.preventDefault();
          setDraft(id, null);
          setEditingId(null);
          focusRow(id);
        } else if (isCtrl && event.key === "/") {
          event.preventDefault();
          help.current?.showModal();
        }
      },
      rowKeyDown: (id, event: KeyboardEvent<HTMLTableRowElement>) => {
        if (event.target !== event.currentTarget) return;
        const rows = visibleRef.current;
        const index = rows.findIndex((s) => s.id === id);
        const target =
          event.key === "ArrowDown" ? rows[index + 1] : event.key === "ArrowUp" ? rows[index - 1] : event.key === "Home" ? rows[0] : event.key === "End" ? rows.at(-1) : undefined;
        if (target) {
          event.preventDefault();
          focusRow(target.id);
        } else if (event.key === "Enter") {
          event.preventDefault();
          startEditing(id);
        } else if ((event.ctrlKey || event.metaKey) && event.key === "/") {
          event.preventDefault();
          help.current?.showModal();
        }
      },
    }),
    [focusRow, neighbour, review, rights.canApprove, rights.canSubmit, save, setDraft, startEditing],
  );

  // Leaving the page with text not yet saved asks first.
  const hasUnsaved = Object.keys(drafts).some((id) => drafts[id] !== segments.find((s) => s.id === id)?.targetText) || Object.keys(conflicts).length > 0;
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
  const others = presence.filter((p) => p.userId !== viewerId);
  const editedByOthers = useMemo(() => {
    const map: Record<string, string> = {};
    for (const person of presence) if (person.userId !== viewerId && person.editingSegmentId) map[person.editingSegmentId] = person.name;
    return map;
  }, [presence, viewerId]);
  const active = segments.find((s) => s.id === activeId) ?? null;
  const tabStopId = visible.some((s) => s.id === activeId) ? activeId : visible[0]?.id;

  return (
    <div className="editor">
      <div className="editor__main">
        <div className="document-progress">
          <ProgressBar progress={progress} />
          <p data-testid="progress-text">
            {t("documents:view.progress", { approved: progress.approved, included: progress.included, percent: progress.approvedPercent })}
            {" · "}
            {t("progress", progress)}
          </p>
        </div>
        <div className="toolbar" role="group" aria-label={t("toolbar.label")}>
          <div className="field field--inline">
            <label htmlFor="filter-state">{t("toolbar.state")}</label>
            <select id="filter-state" value={filters.state} onChange={(e) => setFilters({ ...filters, state: e.target.value })}>
              <option value="">{t("toolbar.all")}</option>
              {SEGMENT_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`documents:states.${state}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor="filter-kind">{t("toolbar.kind")}</label>
            <select id="filter-kind" value={filters.kind} onChange={(e) => setFilters({ ...filters, kind: e.target.value })}>
              <option value="">{t("toolbar.all")}</option>
              {SEGMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`documents:kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline field--check">
            <input id="filter-comments" type="checkbox" checked={filters.hasComments} onChange={(e) => setFilters({ ...filters, hasComments: e.target.checked })} />
            <label htmlFor="filter-comments">{t("toolbar.hasComments")}</label>
          </div>
          <div className="field field--inline field--grow">
            <label htmlFor="filter-search">{t("toolbar.search")}</label>
            <input id="filter-search" type="search" value={filters.search} onChange={(e) => setFilters({ ...filters, search: e.target.value })} />
          </div>
          <div className="toolbar__buttons">
            {rights.canApprove && <BulkApprove documentId={document.id} onChanged={reload} />}
            <button type="button" className="button button--small button--quiet" onClick={() => help.current?.showModal()}>
              {t("toolbar.shortcuts")}
            </button>
          </div>
          <p className="muted small toolbar__count" aria-live="polite">
            {t("toolbar.showing", { shown: visible.length, total: segments.length })}
            {others.length > 0 && (
              <span className="presence" data-testid="presence">
                {" · "}
                {t("presence.here", { names: others.map((p) => p.name).join(", ") })}
              </span>
            )}
          </p>
        </div>
        <table className="bilingual">
          <caption className="visually-hidden">
            {t("documents:view.caption", {
              source: t(`common:languages.${document.sourceLang}`, { defaultValue: document.sourceLang }),
              target: t(`common:languages.${document.targetLang}`, { defaultValue: document.targetLang }),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="bilingual__info">
                {t("documents:view.infoColumn")}
              </th>
              <th scope="col">{t("documents:view.sourceColumn", { language: t(`common:languages.${document.sourceLang}`, { defaultValue: document.sourceLang }) })}</th>
              <th scope="col">{t("documents:view.targetColumn", { language: t(`common:languages.${document.targetLang}`, { defaultValue: document.targetLang }) })}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((segment) => (
              <SegmentRow
                key={segment.id}
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
              />
            ))}
          </tbody>
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
          <IssuesPanel findings={findings} activeCheck={filters.check} onFilter={(check) => setFilters({ ...filters, check })} />
        ) : tab === "activity" ? (
          <ActivityFeed documentId={document.id} refreshKey={activityKey} onSelect={(id) => { setTab("paragraph"); focusRow(id); }} />
        ) : active ? (
          <SegmentPanel
            key={active.id}
            segment={active}
            number={active.position + 1}
            rights={rights}
            onReview={(action, reason) => review(active.id, action, reason)}
            onRestore={(revisionId) => restore(active.id, revisionId)}
            onChangeKind={(kind) => changeKind(active.id, kind)}
            findings={findings.get(active.id) ?? []}
            onFix={(checkId) => applyFix(active.id, checkId)}
            onDismiss={(checkId, reason) => dismiss(active.id, checkId, reason)}
            onCopySource={() => {
              setDraft(active.id, active.sourceText);
              startEditing(active.id);
            }}
            onCommentsChanged={() => void refreshSegment(active.id)}
            commentsKey={commentsKey}
          />
        ) : (
          <p className="muted panel">{t("panel.none")}</p>
        )}
      </aside>
      <ShortcutsHelp ref={help} />
    </div>
  );
}
