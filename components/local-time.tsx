"use client";

import { useEffect, useState } from "react";

/**
 * Shows a timestamp in the reader's time zone. The server does not know that zone, so the
 * first render shows UTC (identical on server and client) and the browser then localises it.
 */
export function LocalTime({ iso, language }: { iso: string; language: string }) {
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
  const [text, setText] = useState(() => `${format("UTC")} UTC`);
  useEffect(() => setText(format()), [iso, language]); // eslint-disable-line react-hooks/exhaustive-deps
  return <time dateTime={iso}>{text}</time>;
}
