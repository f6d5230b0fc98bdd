import { z } from "zod";
import { MAX_PENALTY_THRESHOLD } from "@/domain/quality/mqm";
import { defineContract } from "../../api/contract";

export const qualitySettingsSchema = z.object({
  /** A translation passes when its penalty points per 1,000 words are at most this. */
  maxPenaltyPer1000Words: z.number(),
  /** Whether a failing score blocks publication; otherwise the checklist only warns. */
  isBlocking: z.boolean(),
  /** 0 while the defaults apply (no administrator has saved a threshold yet). */
  version: z.number().int(),
});

export type QualitySettingsDto = z.infer<typeof qualitySettingsSchema>;

export const updateQualitySettingsInput = z.object({
  maxPenaltyPer1000Words: z.number().min(0).max(MAX_PENALTY_THRESHOLD),
  isBlocking: z.boolean(),
  /** The version the administrator saw (0 for the defaults); a stale one is a CONFLICT. */
  version: z.number().int().min(0),
});

export const getQualitySettingsContract = defineContract({
  operationId: "getQualitySettings",
  tag: "quality",
  method: "GET",
  path: "/api/quality/settings",
  summary: "The quality threshold (MQM penalty points per 1,000 words) and whether a failing score blocks publication.",
  access: "quality:settings",
  response: qualitySettingsSchema,
});

export const updateQualitySettingsContract = defineContract({
  operationId: "updateQualitySettings",
  tag: "quality",
  method: "PUT",
  path: "/api/quality/settings",
  summary: "Sets the quality threshold and whether it blocks publication (audited). A stale version is a 409.",
  access: "quality:settings",
  body: updateQualitySettingsInput,
  response: qualitySettingsSchema,
});
