/** How the editor's table is laid out: compact shows about twice the rows on one screen. */
export const EDITOR_DENSITIES = ["comfortable", "compact"] as const;
export type EditorDensity = (typeof EDITOR_DENSITIES)[number];

export function toEditorDensity(value: string | null | undefined): EditorDensity {
  return value === "compact" ? "compact" : "comfortable";
}
