// A small Prometheus registry (text exposition format 0.0.4): counters, gauges and histograms
// with labels. No metrics library is installed and the format is small; shared through a global
// symbol because the HTTP server (scripts/server.js) records requests and Next's bundles record
// the rest. Label values come from our own code (route templates, status codes), never from
// user input, so the number of series stays bounded.

/** Seconds; chosen around the editor's save (tens of milliseconds) up to an import (seconds). */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** @typedef {Record<string, string>} Labels */
/** @typedef {{ type: "counter" | "gauge" | "histogram", help: string, series: Map<string, { labels: Labels, value: number, buckets?: number[], sum?: number, count?: number }> }} Metric */

const KEY = Symbol.for("vis-a-vis.metrics");

/** @returns {Map<string, Metric>} */
function registry() {
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * @param {string} name
 * @param {Metric["type"]} type
 * @param {string} help
 */
function metric(name, type, help) {
  const metrics = registry();
  let found = metrics.get(name);
  if (!found) {
    found = { type, help, series: new Map() };
    metrics.set(name, found);
  }
  return found;
}

/** @param {Labels} labels */
function seriesKey(labels) {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
}

/** @param {Metric} found @param {Labels} labels */
function seriesOf(found, labels) {
  const key = seriesKey(labels);
  let series = found.series.get(key);
  if (!series) {
    series = found.type === "histogram" ? { labels, value: 0, buckets: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 } : { labels, value: 0 };
    found.series.set(key, series);
  }
  return series;
}

/**
 * Adds `by` (1 by default) to a counter.
 * @param {string} name @param {string} help @param {Labels} [labels] @param {number} [by]
 */
export function incrementCounter(name, help, labels = {}, by = 1) {
  seriesOf(metric(name, "counter", help), labels).value += by;
}

/**
 * Moves a gauge up or down (live connections).
 * @param {string} name @param {string} help @param {number} by @param {Labels} [labels]
 */
export function adjustGauge(name, help, by, labels = {}) {
  seriesOf(metric(name, "gauge", help), labels).value += by;
}

/**
 * Sets a gauge (values read at scrape time).
 * @param {string} name @param {string} help @param {number} value @param {Labels} [labels]
 */
export function setGauge(name, help, value, labels = {}) {
  seriesOf(metric(name, "gauge", help), labels).value = value;
}

/**
 * Records one observation, in seconds, in a histogram with DURATION_BUCKETS.
 * @param {string} name @param {string} help @param {number} seconds @param {Labels} [labels]
 */
export function observeHistogram(name, help, seconds, labels = {}) {
  const series = seriesOf(metric(name, "histogram", help), labels);
  DURATION_BUCKETS.forEach((bound, index) => {
    if (seconds <= bound && series.buckets) series.buckets[index] += 1;
  });
  series.sum = (series.sum ?? 0) + seconds;
  series.count = (series.count ?? 0) + 1;
}

/** @param {string} value */
function escapeLabel(value) {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

/** @param {Labels} labels */
function formatLabels(labels) {
  const entries = Object.entries(labels);
  return entries.length === 0 ? "" : `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(",")}}`;
}

/** @param {number} value */
function formatNumber(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}

/** Every metric in the Prometheus text format, HELP and TYPE lines included. */
export function renderMetrics() {
  const lines = [];
  for (const [name, found] of [...registry()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`# HELP ${name} ${found.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`);
    lines.push(`# TYPE ${name} ${found.type}`);
    for (const series of found.series.values()) {
      if (found.type !== "histogram") {
        lines.push(`${name}${formatLabels(series.labels)} ${formatNumber(series.value)}`);
        continue;
      }
      // Each bucket already counts every observation up to its bound (cumulative, as the format wants).
      DURATION_BUCKETS.forEach((bound, index) => {
        lines.push(`${name}_bucket${formatLabels({ ...series.labels, le: String(bound) })} ${series.buckets?.[index] ?? 0}`);
      });
      lines.push(`${name}_bucket${formatLabels({ ...series.labels, le: "+Inf" })} ${series.count ?? 0}`);
      lines.push(`${name}_sum${formatLabels(series.labels)} ${formatNumber(series.sum ?? 0)}`);
      lines.push(`${name}_count${formatLabels(series.labels)} ${series.count ?? 0}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Forgets every series (unit tests). */
export function resetMetrics() {
  registry().clear();
}
