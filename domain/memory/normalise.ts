/**
 * The form in which memory texts are compared: Unicode NFC (an accent typed as a combining mark
 * equals the precomposed letter), every run of white space one space (a non-breaking space
 * before « : » included), no space at either end. Case and punctuation count: a different
 * capital or comma is a different translation to check.
 */
export function normaliseMemoryText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}
