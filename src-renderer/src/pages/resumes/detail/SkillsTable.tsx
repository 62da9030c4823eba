import type { SkillFinding } from '../../../../../src-preload/contract';

const SOURCE_LABELS: Record<SkillFinding['sources'][number], string> = {
  skills: 'Skills section',
  work: 'Work',
  summary: 'Summary',
  projects: 'Projects',
  education: 'Education',
  certificates: 'Certificates',
  other: 'Other',
};

/** Skills found, most years first, with a bar of years of use scaled to the longest. */
export function SkillsTable({ skills }: { skills: SkillFinding[] }) {
  if (!skills.length)
    return <p className="muted">No skills from the taxonomy were found. Add a Skills section listing the tools you use.</p>;
  const sorted = [...skills].sort((a, b) => (b.years ?? -1) - (a.years ?? -1) || a.name.localeCompare(b.name));
  const maxYears = Math.max(1, ...skills.map((s) => s.years ?? 0));
  return (
    <div className="table-scroll">
      <table className="table skills-table">
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Category</th>
            <th scope="col">Found in</th>
            <th scope="col" className="col-years">
              Years
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((skill) => (
            <tr key={skill.id} data-testid="skill-row">
              <td>
                <span className="skill-name">{skill.name}</span>
                {skill.aliases.some((a) => a !== skill.name) && (
                  <span className="muted small"> as {skill.aliases.filter((a) => a !== skill.name).join(', ')}</span>
                )}
              </td>
              <td className="muted">{skill.category}</td>
              <td>
                <span className="chip-list inline">
                  {skill.sources.map((s) => (
                    <span key={s} className="chip chip-sm">
                      {SOURCE_LABELS[s] ?? s}
                    </span>
                  ))}
                </span>
              </td>
              <td className="col-years">
                {skill.years === null ? (
                  <span className="muted">—</span>
                ) : (
                  <span className="years-cell">
                    <span className="years-bar" aria-hidden="true">
                      <span className="years-bar-fill" style={{ width: `${(skill.years / maxYears) * 100}%` }} />
                    </span>
                    <span className="years-value">{Math.round(skill.years * 10) / 10}</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
