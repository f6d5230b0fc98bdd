"use client";

import { useTranslation } from "react-i18next";
import { fitsSlot, type AssignmentSlot } from "@/domain/desk/assignment-roles";
import type { Role } from "@/domain/users/roles";
import { AssignmentFields, type AssignmentDraft, type Candidates } from "./assignment-fields";
import { fromLocalInputValue } from "./datetime";

export type AssignablePerson = { id: string; name: string; role: Role; targetLangs: string[] };
export type ImportDesk = { draft: AssignmentDraft; embargo: string; confidential: boolean };
export const EMPTY_IMPORT_DESK: ImportDesk = { draft: { translatorId: "", reviewerId: "", publisherId: "", dueAt: "", priority: "NORMAL" }, embargo: "", confidential: false };

/** The import's desk fields as createDocument takes them; nothing when left as they are. */
export function importDeskBody(desk: ImportDesk) {
  const { draft } = desk;
  const isAssigned = draft.translatorId || draft.reviewerId || draft.publisherId || draft.dueAt || draft.priority !== "NORMAL";
  return {
    ...(isAssigned
      ? {
          assignment: {
            translatorId: draft.translatorId || null,
            reviewerId: draft.reviewerId || null,
            publisherId: draft.publisherId || null,
            dueAt: fromLocalInputValue(draft.dueAt),
            priority: draft.priority,
          },
        }
      : {}),
    ...(desk.embargo ? { publishNotBefore: fromLocalInputValue(desk.embargo) } : {}),
    ...(desk.confidential ? { confidential: true } : {}),
  };
}

/** The import's optional desk section (decision 023): assignment, embargo, confidentiality. */
export function ImportDeskFields({ people, lang, value, onChange }: { people: AssignablePerson[]; lang: string; value: ImportDesk; onChange: (value: ImportDesk) => void }) {
  const { t } = useTranslation("desk");
  const fit = (slot: AssignmentSlot) => people.filter((person) => fitsSlot(person, slot, lang));
  const candidates: Candidates = { translator: fit("translator"), reviewer: fit("reviewer"), publisher: fit("publisher") };
  return (
    <fieldset className="form-card" data-testid="import-desk">
      <legend>{t("importSection.title")}</legend>
      <p className="muted small">{t("importSection.intro")}</p>
      <AssignmentFields idPrefix="import-desk" draft={value.draft} candidates={candidates} onChange={(draft) => onChange({ ...value, draft })} />
      <div className="desk-fields">
        <div className="field field--inline">
          <label htmlFor="import-embargo">{t("form.embargo")}</label>
          <input id="import-embargo" type="datetime-local" value={value.embargo} aria-describedby="import-embargo-hint" data-testid="import-embargo" onChange={(event) => onChange({ ...value, embargo: event.target.value })} />
          <span id="import-embargo-hint" className="muted small">
            {t("form.embargoHint")}
          </span>
        </div>
        <div className="field field--check">
          <input id="import-confidential" type="checkbox" checked={value.confidential} data-testid="import-confidential" onChange={(event) => onChange({ ...value, confidential: event.target.checked })} />
          <label htmlFor="import-confidential">{t("form.confidential")}</label>
        </div>
      </div>
    </fieldset>
  );
}
