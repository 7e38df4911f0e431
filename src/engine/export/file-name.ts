/** `sessions-2026-11-25.csv`: the download name, dated in the viewer's time zone. */
export function exportFileName(kind: 'csv' | 'html', at: number, timeZone?: string): string {
  let date: string;
  try {
    // en-CA formats dates as YYYY-MM-DD.
    date = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
  } catch {
    date = new Date(at).toISOString().slice(0, 10);
  }
  return `sessions-${date}.${kind}`;
}
