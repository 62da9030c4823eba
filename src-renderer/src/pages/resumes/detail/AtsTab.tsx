/**
 * "What an ATS sees": the plain text an applicant tracking system gets, next to the pages redrawn
 * from the extracted lines (position, size, column), numbered in reading order. A two-column
 * layout read across columns shows up here at a glance.
 */
import { useState } from 'react';
import type { ResumeDetail } from '../../../../../src-preload/contract';
import { Card } from '../../../components/Card';
import { FORMAT_LABELS } from '../../../lib/format';

type Page = ResumeDetail['pages'][number];

function PageView({
  page,
  total,
  hovered,
  onHover,
}: {
  page: Page;
  total: number;
  hovered: string | null;
  onHover: (key: string | null) => void;
}) {
  const ratio = page.widthPt > 0 && page.heightPt > 0 ? page.widthPt / page.heightPt : 8.5 / 11;
  return (
    <figure className="page-figure">
      <figcaption className="page-caption">
        Page {page.number} of {total} · {page.columns === 1 ? 'single column' : `${page.columns} columns`}
      </figcaption>
      <div className="page-sheet" style={{ aspectRatio: String(ratio) }} data-testid="ats-page">
        {page.lines.map((line) => {
          const key = `${line.page}:${line.line}`;
          const size = page.widthPt > 0 ? (line.fontSize / page.widthPt) * 100 : 1.4;
          return (
            <span
              key={key}
              className={`page-line column-${Math.min(line.column, 3)}${line.bold ? ' is-bold' : ''}${hovered === key ? ' is-hovered' : ''}`}
              style={{
                left: `${line.x * 100}%`,
                top: `${line.y * 100}%`,
                fontSize: `${Math.max(0.6, size)}cqw`,
                maxWidth: `${Math.max(2, (1 - line.x) * 100)}%`,
              }}
              title={`Line ${line.line}, column ${line.column + 1}`}
              onMouseEnter={() => onHover(key)}
              onMouseLeave={() => onHover(null)}
            >
              <span className="page-line-number" aria-hidden="true">
                {line.line}
              </span>
              {line.text}
            </span>
          );
        })}
      </div>
    </figure>
  );
}

export function AtsTab({ detail }: { detail: ResumeDetail }) {
  const [hovered, setHovered] = useState<string | null>(null);
  const lines = detail.text.split(/\r?\n/);
  // Text, Markdown and structured formats have no positioned lines: there is no layout to redraw.
  const pages = detail.pages.filter((p) => p.lines.length > 0);
  const maxColumns = Math.max(1, ...pages.map((p) => p.columns));
  const sections = detail.profile.meta?.sections ?? [];
  return (
    <div className="ats">
      <p className="ats-intro">
        Applicant tracking systems read the text below, top to bottom. If a line appears out of order, or a column is read across, move that
        content into a single column.
      </p>
      <div className="ats-grid">
        <Card title="Extracted text" className="ats-text-card" actions={<span className="muted small">{lines.length} lines</span>}>
          <div className="ats-text" tabIndex={0} role="region" aria-label="Extracted plain text" data-testid="ats-text">
            {lines.map((line, i) => (
              <div key={i} className="ats-text-line">
                <span className="ats-line-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="ats-line-text">{line || '\u00a0'}</span>
              </div>
            ))}
          </div>
        </Card>
        <Card
          title="Page layout"
          className="ats-pages-card"
          actions={
            maxColumns > 1 ? (
              <ul className="legend" aria-label="Column colours">
                {Array.from({ length: Math.min(maxColumns, 4) }, (_, i) => (
                  <li key={i} className={`legend-column column-${i}`}>
                    <span className="legend-swatch" aria-hidden="true" /> Column {i + 1}
                  </li>
                ))}
              </ul>
            ) : null
          }
        >
          {pages.length === 0 ? (
            <p className="muted">
              A {FORMAT_LABELS[detail.format] ?? detail.format} file has no page layout to redraw: the text on the left, in that order, is
              all an ATS gets.
            </p>
          ) : (
            <div className="page-stack">
              {pages.map((page) => (
                <PageView key={page.number} page={page} total={detail.pages.length} hovered={hovered} onHover={setHovered} />
              ))}
            </div>
          )}
        </Card>
      </div>
      {sections.length > 0 && (
        <Card title="Sections found" className="sections-card">
          <ol className="section-list">
            {sections.map((s, i) => (
              <li key={i}>
                <span className="section-heading-text">{s.heading}</span>
                <span className="muted small">
                  {' '}
                  read as {s.kind} · page {s.page}, line {s.line}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      )}
    </div>
  );
}
