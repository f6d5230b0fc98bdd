"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * Shows a timestamp in the reader's time zone. The server does not know that zone, so the
 * server render (and hydration) shows UTC, and the browser then shows local time.
 */
export function LocalTime({ iso, language }: { iso: string; language: string }) {
  const isBrowser = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
  return <time dateTime={iso}>{isBrowser ? format() : `${format("UTC")} UTC`}</time>;
}
