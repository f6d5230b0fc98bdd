import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enDocuments from "./en/documents.json";
import enEditor from "./en/editor.json";
import enErrors from "./en/errors.json";
import enReplace from "./en/replace.json";
import enGlossary from "./en/glossary.json";
import enQa from "./en/qa.json";
import enImport from "./en/import.json";
import enPublishing from "./en/publishing.json";
import enTokens from "./en/tokens.json";
import enMemory from "./en/memory.json";
import enDesk from "./en/desk.json";
import enQuality from "./en/quality.json";
import frAdmin from "./fr/admin.json";
import frAuth from "./fr/auth.json";
import frCommon from "./fr/common.json";
import frDocuments from "./fr/documents.json";
import frEditor from "./fr/editor.json";
import frErrors from "./fr/errors.json";
import frReplace from "./fr/replace.json";
import frGlossary from "./fr/glossary.json";
import frQa from "./fr/qa.json";
import frImport from "./fr/import.json";
import frPublishing from "./fr/publishing.json";
import frTokens from "./fr/tokens.json";
import frMemory from "./fr/memory.json";
import frDesk from "./fr/desk.json";
import frQuality from "./fr/quality.json";
import type { UiLanguage } from "@/domain/users/roles";

export const NAMESPACES = ["common", "auth", "documents", "editor", "publishing", "import", "qa", "glossary", "replace", "admin", "tokens", "errors", "memory", "desk", "quality"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type LanguageResources = {
  common: typeof enCommon;
  auth: typeof enAuth;
  documents: typeof enDocuments;
  editor: typeof enEditor;
  publishing: typeof enPublishing;
  import: typeof enImport;
  qa: typeof enQa;
  glossary: typeof enGlossary;
  replace: typeof enReplace;
  admin: typeof enAdmin;
  tokens: typeof enTokens;
  errors: typeof enErrors;
  memory: typeof enMemory;
  desk: typeof enDesk;
  quality: typeof enQuality;
};

/** Every UI string, by language and namespace. Small enough to ship whole to the client. */
export const resources: Record<UiLanguage, LanguageResources> = {
  en: { common: enCommon, auth: enAuth, documents: enDocuments, editor: enEditor, publishing: enPublishing, import: enImport, qa: enQa, glossary: enGlossary, replace: enReplace, admin: enAdmin, tokens: enTokens, errors: enErrors, memory: enMemory, desk: enDesk, quality: enQuality },
  fr: { common: frCommon, auth: frAuth, documents: frDocuments, editor: frEditor, publishing: frPublishing, import: frImport, qa: frQa, glossary: frGlossary, replace: frReplace, admin: frAdmin, tokens: frTokens, errors: frErrors, memory: frMemory, desk: frDesk, quality: frQuality },
};
