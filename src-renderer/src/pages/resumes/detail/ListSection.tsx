import { Card } from '../../../components/Card';
import { Field } from '../../../components/Field';
import type { SaveField } from './ProfileTab';
import { asText, type FieldContext, type ListSectionSpec } from './profile-sections';

const DATE_HINT = 'Enter saves · Esc cancels · use YYYY, YYYY-MM or YYYY-MM-DD';

interface ListSectionProps {
  spec: ListSectionSpec;
  entries: Record<string, unknown>[];
  ctx: FieldContext;
  onSave: SaveField;
  formatDate: (value: string) => string;
}

/** One JSON Resume list (work, education, …). Sections the resume does not have are not shown. */
export function ListSection({ spec, entries, ctx, onSave, formatDate }: ListSectionProps) {
  if (!entries.length) return null;
  return (
    <Card title={spec.title} className="profile-card" actions={<span className="muted small">{entries.length}</span>}>
      <ol className="entry-list">
        {entries.map((entry, index) => {
          const base = `${spec.key}[${index}]`;
          const field = (key: string) => ({
            path: `${base}.${key}`,
            provenance: ctx.provenanceFor(`${base}.${key}`),
            corrected: ctx.isCorrected(`${base}.${key}`),
            onSave,
          });
          const heading = asText(entry[spec.headingKey]);
          const subheading = spec.subheadingKey ? asText(entry[spec.subheadingKey]) : undefined;
          const start = asText(entry.startDate);
          const end = asText(entry.endDate);
          const period = start ? `${formatDate(start)} – ${end ? formatDate(end) : 'present'}` : '';
          return (
            <li key={index} className="entry">
              <div className="entry-head">
                <p className="entry-heading">
                  {heading || `${spec.title} ${index + 1}`}
                  {subheading && <span className="entry-subheading"> · {subheading}</span>}
                </p>
                {period && <span className="entry-period">{period}</span>}
              </div>
              <div className="field-grid">
                {spec.fields.map((f) => {
                  const isOpenEnd = f.key === 'endDate' && Boolean(entry.startDate) && !entry.endDate;
                  return (
                    <Field
                      key={f.key}
                      label={f.label}
                      value={asText(entry[f.key])}
                      multiline={f.kind === 'multiline'}
                      display={f.kind === 'date' ? formatDate : undefined}
                      hint={f.kind === 'date' ? DATE_HINT : undefined}
                      placeholder={isOpenEnd ? 'Present' : 'Add'}
                      {...field(f.key)}
                    />
                  );
                })}
              </div>
              {spec.itemLists?.map((list) => {
                const items = Array.isArray(entry[list.key]) ? (entry[list.key] as unknown[]) : [];
                if (!items.length) return null;
                return (
                  <div key={list.key} className="subsection">
                    <h4 className="section-label">{list.label}</h4>
                    <ul className="highlight-list">
                      {items.map((item, i) => (
                        <li key={i}>
                          <Field inline label={`${list.label} ${i + 1}`} value={asText(item)} multiline {...field(`${list.key}[${i}]`)} />
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
              {spec.chipLists?.map((list) => {
                const items = Array.isArray(entry[list.key]) ? (entry[list.key] as unknown[]).map(asText).filter(Boolean) : [];
                if (!items.length) return null;
                return (
                  <div key={list.key} className="subsection">
                    <h4 className="section-label">{list.label}</h4>
                    <ul className="chip-list">
                      {items.map((item, i) => (
                        <li key={i} className="chip">
                          {item}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
