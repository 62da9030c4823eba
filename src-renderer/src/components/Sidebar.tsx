import type { Section } from '../router/routes';
import { Link } from '../router/Link';
import { MOD_LABEL } from '../lib/platform';
import { Icon, type IconName } from './Icon';
import { NotificationsBell } from './NotificationsBell';

const ITEMS: { section: Exclude<Section, null>; label: string; icon: IconName; to: Parameters<typeof Link>[0]['to']; shortcut: string }[] =
  [
    { section: 'dashboard', label: 'Dashboard', icon: 'dashboard', to: { name: 'dashboard' }, shortcut: '1' },
    { section: 'resumes', label: 'Resumes', icon: 'resume', to: { name: 'resumes' }, shortcut: '2' },
    { section: 'jobs', label: 'Jobs', icon: 'briefcase', to: { name: 'jobs' }, shortcut: '3' },
    { section: 'models', label: 'AI models', icon: 'cpu', to: { name: 'models' }, shortcut: '4' },
    { section: 'settings', label: 'Settings', icon: 'settings', to: { name: 'settings' }, shortcut: ',' },
  ];

export function Wordmark() {
  return (
    <span className="wordmark">
      <svg className="wordmark-logo" width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" className="wordmark-tile" />
        <path
          d="M9 23 L15 15 L19 19 L24 10"
          className="wordmark-path"
          fill="none"
          strokeWidth="2.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <circle cx="24" cy="10" r="2.4" className="wordmark-dot" />
      </svg>
      <span className="wordmark-text">Pathwise</span>
    </span>
  );
}

export function Sidebar({ section }: { section: Section }) {
  return (
    <aside className="sidebar">
      <Link to={{ name: 'dashboard' }} className="sidebar-brand" aria-label="Pathwise, go to the dashboard">
        <Wordmark />
      </Link>
      <nav className="sidebar-nav" aria-label="Main">
        <ul>
          {ITEMS.map((item) => (
            <li key={item.section}>
              <Link
                to={item.to}
                className={section === item.section ? 'nav-link active' : 'nav-link'}
                aria-current={section === item.section ? 'page' : undefined}
                aria-keyshortcuts={`${MOD_LABEL === '⌘' ? 'Meta' : 'Control'}+${item.shortcut}`}
                data-testid={`nav-${item.section}`}
              >
                <Icon name={item.icon} />
                <span className="nav-label">{item.label}</span>
                {/* Drawn by CSS from the attribute so the link's text (and accessible name) stays the page name. */}
                <span
                  className="nav-shortcut"
                  data-shortcut={`${MOD_LABEL}${MOD_LABEL === '⌘' ? '' : '+'}${item.shortcut}`}
                  aria-hidden="true"
                />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <NotificationsBell />
      <p className="sidebar-footer">
        <Icon name="lock" size={14} />
        <span>Your data stays on this computer.</span>
      </p>
    </aside>
  );
}
