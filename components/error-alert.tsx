/** An error announced to screen readers as it appears; renders nothing without a message. */
export function ErrorAlert({ message, className = "" }: { message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`alert alert--error ${className}`.trim()}>
      {message}
    </p>
  );
}
