import type { Progress } from "@/domain/progress";

/** A stacked bar: approved, then translated awaiting review, then the rest. Decorative; the text says it all. */
export function ProgressBar({ progress }: { progress: Progress }) {
  const share = (count: number) => (progress.included === 0 ? 0 : (count * 100) / progress.included);
  const awaiting = Math.max(0, progress.translated - progress.approved);
  return (
    <div className="progress-bar" aria-hidden="true">
      <span className="progress-bar__approved" style={{ width: `${share(progress.approved)}%` }} />
      <span className="progress-bar__translated" style={{ width: `${share(awaiting)}%` }} />
    </div>
  );
}
