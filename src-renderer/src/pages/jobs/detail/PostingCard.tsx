/**
 * The posting itself. HTML goes through the one sanitizer (lib/sanitize.ts, SECURITY.md E-14) and
 * its links open in the person's browser; without HTML the plain text is shown as text.
 */
import { useMemo } from 'react';
import type { ParsedJob } from '../../../../../src-preload/contract';
import { Card } from '../../../components/Card';
import { SanitizedHtml } from '../../../components/SanitizedHtml';
import { sanitizeHtml } from '../../../lib/sanitize';
import { useStore } from '../../../stores';

export function PostingCard({ job }: { job: ParsedJob }) {
  const openExternal = useStore((s) => s.openExternal);
  const html = useMemo(() => (job.descriptionHtml ? sanitizeHtml(job.descriptionHtml) : null), [job.descriptionHtml]);
  return (
    <Card title="Posting" className="posting" data-testid="posting">
      {html ? (
        <SanitizedHtml html={html} className="posting-html" onOpenLink={(url) => void openExternal(url)} />
      ) : job.description.trim() ? (
        <div className="posting-text">{job.description}</div>
      ) : (
        <p className="muted">This posting has no description.</p>
      )}
      {job.source.attribution && <p className="muted small posting-attribution">{job.source.attribution}</p>}
    </Card>
  );
}
