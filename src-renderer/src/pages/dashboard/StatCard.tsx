import { Icon, type IconName } from '../../components/Icon';

export function StatCard({ icon, label, value, href }: { icon: IconName; label: string; value: number; href?: string }) {
  const body = (
    <>
      <span className="stat-icon">
        <Icon name={icon} size={18} />
      </span>
      <span className="stat-text">
        <span className="stat-value" data-testid={`stat-${label.toLowerCase().replace(/\s+/g, '-')}`}>
          {value.toLocaleString()}
        </span>
        <span className="stat-label">{label}</span>
      </span>
    </>
  );
  return href ? (
    <a className="card stat-card stat-card-link" href={href}>
      {body}
    </a>
  ) : (
    <div className="card stat-card">{body}</div>
  );
}
