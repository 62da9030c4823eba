import type { ThemePreference } from '../../../../src-preload/contract';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon, type IconName } from '../../components/Icon';
import { useStore } from '../../stores';

const OPTIONS: { value: ThemePreference; label: string; hint: string; icon: IconName }[] = [
  { value: 'system', label: 'System', hint: 'Match your OS', icon: 'monitor' },
  { value: 'light', label: 'Light', hint: 'Always light', icon: 'sun' },
  { value: 'dark', label: 'Dark', hint: 'Always dark', icon: 'moon' },
];

export function AppearanceSection() {
  const settings = useStore((s) => s.settings);
  const setTheme = useStore((s) => s.setTheme);
  const loadSettings = useStore((s) => s.loadSettings);
  const current = settings.data?.theme;
  return (
    <Card title="Appearance">
      {settings.error && !settings.data && (
        <ErrorNotice title="Could not load settings" message={settings.error} onRetry={() => void loadSettings()} />
      )}
      <fieldset className="theme-options" disabled={!settings.data}>
        <legend className="field-label">Theme</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className={current === option.value ? 'theme-option selected' : 'theme-option'}>
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={current === option.value}
              onChange={() => void setTheme(option.value)}
              data-testid={`theme-${option.value}`}
            />
            <span className={`theme-preview theme-preview-${option.value}`} aria-hidden="true">
              <Icon name={option.icon} size={18} />
            </span>
            <span className="theme-option-text">
              <span className="theme-option-label">{option.label}</span>
              <span className="theme-option-hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </Card>
  );
}
