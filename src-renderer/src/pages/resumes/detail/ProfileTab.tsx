/**
 * The parsed profile, field by field, each correctable in place. Resume content is untrusted and
 * is rendered only as React text (SECURITY.md E-14).
 */
import { useMemo } from 'react';
import type { ResumeDetail } from '../../../../../src-preload/contract';
import { Card } from '../../../components/Card';
import { Field } from '../../../components/Field';
import { formatPartialDate } from '../../../lib/format';
import { ListSection } from './ListSection';
import { BASICS_FIELDS, LIST_SECTIONS, LOCATION_FIELDS, fieldContext, type FieldContext } from './profile-sections';

export type SaveField = (path: string, value: string | null) => Promise<unknown>;

function countLowConfidence(detail: ResumeDetail, ctx: FieldContext): number {
  const provenance = detail.profile.meta?.provenance ?? {};
  return Object.entries(provenance).filter(([path, p]) => p.confidence < 0.5 && !ctx.isCorrected(path)).length;
}

export function ProfileTab({ detail, onSave }: { detail: ResumeDetail; onSave: SaveField }) {
  const ctx = useMemo(() => fieldContext(detail), [detail]);
  const basics = detail.profile.basics ?? {};
  const location = basics.location ?? {};
  const profiles = basics.profiles ?? [];
  const lowCount = countLowConfidence(detail, ctx);
  const common = (path: string) => ({ path, provenance: ctx.provenanceFor(path), corrected: ctx.isCorrected(path), onSave });

  return (
    <div className="profile">
      <div className="profile-legend">
        <p>
          Click any value (or focus it and press Enter) to correct it. Corrections are kept when the resume is analysed again.
          {lowCount > 0 && (
            <strong className="legend-warning">
              {' '}
              {lowCount} {lowCount === 1 ? 'field was' : 'fields were'} read with low confidence.
            </strong>
          )}
        </p>
        <ul className="legend" aria-label="Confidence legend">
          <li className="confidence-high">
            <span className="confidence-dot" aria-hidden="true" /> Confident
          </li>
          <li className="confidence-medium">
            <span className="confidence-dot" aria-hidden="true" /> Probably right
          </li>
          <li className="confidence-low">
            <span className="confidence-dot" aria-hidden="true" /> Check this
          </li>
          <li className="confidence-corrected">
            <span className="confidence-dot" aria-hidden="true" /> Corrected
          </li>
        </ul>
      </div>

      <Card title="Contact" className="profile-card">
        <div className="field-grid">
          {BASICS_FIELDS.map((f) => (
            <Field
              key={f.key}
              label={f.label}
              value={basics[f.key as keyof typeof basics] as string | undefined}
              {...common(`basics.${f.key}`)}
            />
          ))}
          {LOCATION_FIELDS.map((f) => (
            <Field key={f.key} label={f.label} value={location[f.key as keyof typeof location]} {...common(`basics.location.${f.key}`)} />
          ))}
        </div>
        {profiles.length > 0 && (
          <div className="subsection">
            <h3 className="section-label">Profiles</h3>
            <div className="field-grid">
              {profiles.map((p, i) => (
                <Field key={i} label={p.network || 'Profile'} value={p.url} {...common(`basics.profiles[${i}].url`)} />
              ))}
            </div>
          </div>
        )}
      </Card>

      <Card title="Summary" className="profile-card">
        <Field
          inline
          label="Summary"
          value={basics.summary}
          multiline
          placeholder="No summary found. Add one"
          {...common('basics.summary')}
        />
      </Card>

      {LIST_SECTIONS.map((spec) => (
        <ListSection
          key={spec.key}
          spec={spec}
          entries={(detail.profile[spec.key] ?? []) as Record<string, unknown>[]}
          ctx={ctx}
          onSave={onSave}
          formatDate={formatPartialDate}
        />
      ))}
    </div>
  );
}
