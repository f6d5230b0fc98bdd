/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Escapes text so that Markdown renders it literally: no emphasis, links, headings, lists,
 * code or raw HTML can come from a translator's text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/^(\s*)([-=])/gm, "$1\\$2")
    .replace(/^(\s*\d+)\./gm, "$1\\.");
}

/** A YAML double-quoted scalar: JSON string syntax is valid YAML and escapes everything. */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * Removes characters XML 1.0 cannot carry (control characters other than tab, newline and
 * carriage return; lone surrogates; U+FFFE and U+FFFF) so every XML export stays well-formed.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}
