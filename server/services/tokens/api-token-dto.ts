import "server-only";
import { parseLanguageList } from "@/domain/languages/language-tag";
import type { Role } from "@/domain/users/roles";
import type { ApiTokenDto } from "./api-token-dto.schema";

/** The columns an ApiTokenDto is made of. */
export const API_TOKEN_SELECT = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true, email: true, kind: true, role: true, targetLangs: true } },
} as const;

type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  user: { id: string; name: string; email: string; kind: "PERSON" | "SERVICE"; role: Role; targetLangs: string };
};

export function toApiTokenDto(row: ApiTokenRow): ApiTokenDto {
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    owner: { ...row.user, targetLangs: parseLanguageList(row.user.targetLangs) },
  };
}
