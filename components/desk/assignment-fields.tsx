"use client";

import { useTranslation } from "react-i18next";
import { ASSIGNMENT_SLOTS, type AssignmentSlot } from "@/domain/desk/assignment-roles";
import { PRIORITIES, type Priority } from "@/domain/desk/priority";

export type AssignmentDraft = { translatorId: string; reviewerId: string; publisherId: string; dueAt: string; priority: Priority };
export type Candidates = Record<AssignmentSlot, { id: string; name: string }[]>;

const FIELD: Record<AssignmentSlot, "translatorId" | "reviewerId" | "publisherId"> = { translator: "translatorId", reviewer: "reviewerId", publisher: "publisherId" };

/** The assignment's inputs (three people, due time as local time, priority), shared by the editor's desk and the import. */
export function AssignmentFields({ idPrefix, draft, candidates, onChange }: { idPrefix: string; draft: AssignmentDraft; candidates: Candidates; onChange: (draft: AssignmentDraft) => void }) {
  const { t } = useTranslation("desk");
  return (
    <div className="desk-fields">
      {ASSIGNMENT_SLOTS.map((slot) => (
        <div className="field field--inline" key={slot}>
          <label htmlFor={`${idPrefix}-${slot}`}>{t(`slots.${slot}`)}</label>
          <select id={`${idPrefix}-${slot}`} data-testid={`assign-${slot}`} value={draft[FIELD[slot]]} onChange={(event) => onChange({ ...draft, [FIELD[slot]]: event.target.value })}>
            <option value="">{t("nobody")}</option>
            {candidates[slot].map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field field--inline">
        <label htmlFor={`${idPrefix}-due`}>{t("dueAt")}</label>
        <input id={`${idPrefix}-due`} type="datetime-local" data-testid="assign-due" value={draft.dueAt} aria-describedby={`${idPrefix}-due-hint`} onChange={(event) => onChange({ ...draft, dueAt: event.target.value })} />
        <span id={`${idPrefix}-due-hint`} className="muted small">
          {t("form.dueHint")}
        </span>
      </div>
      <div className="field field--inline">
        <label htmlFor={`${idPrefix}-priority`}>{t("priority")}</label>
        <select id={`${idPrefix}-priority`} data-testid="assign-priority" value={draft.priority} onChange={(event) => onChange({ ...draft, priority: event.target.value as Priority })}>
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priorities.${priority}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
