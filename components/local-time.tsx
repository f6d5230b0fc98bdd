"use client";

import { useCallback, useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * Formats timestamps in the reader's time zone. The server does not know that zone, so the
 * server render (and hydration) gives UTC, marked as such, and the browser then local time.
 */
export function useLocalTimeFormat(language: string): (iso: string) => string {
  const isBrowser = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  return useCallback(
    (iso: string) => {
      const format = (timeZone?: string) => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
      return isBrowser ? format() : `${format("UTC")} UTC`;
    },
    [isBrowser, language],
  );
}

/** A timestamp in the reader's time zone (see useLocalTimeFormat). */
export function LocalTime({ iso, language }: { iso: string; language: string }) {
  const format = useLocalTimeFormat(language);
  return <time dateTime={iso}>{format(iso)}</time>;
}
