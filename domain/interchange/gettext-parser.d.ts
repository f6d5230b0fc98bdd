// gettext-parser ships JavaScript without type declarations: the part of its API we use.
declare module "gettext-parser" {
  export type PoTranslation = {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: { translator?: string; extracted?: string; reference?: string; flag?: string; previous?: string };
  };
  export type PoData = {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoTranslation>>;
  };
  export const po: {
    parse(input: string | Uint8Array, options?: { defaultCharset?: string; validation?: boolean }): PoData;
  };
}
