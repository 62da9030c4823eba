import { useState } from 'react';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Spinner } from '../../components/Spinner';
import { formatBytes } from '../../lib/format';
import { useStore } from '../../stores';

const PLATFORM_NAMES: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };

function CopyButton({ text, label }: { text: string; label: string }) {
  const pushToast = useStore((s) => s.pushToast);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      pushToast({
        kind: 'error',
        title: 'Could not copy',
        message: 'The clipboard is not available here. Select the path and copy it by hand.',
      });
    }
  };
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={copied ? 'check' : 'copy'}
      onClick={() => void copy()}
      aria-label={label}
      data-testid="copy-data-dir"
    >
      {copied ? 'Copied' : 'Copy'}
    </Button>
  );
}

export function DataSection() {
  const { data: info, error } = useStore((s) => s.appInfo);
  const loadAppInfo = useStore((s) => s.loadAppInfo);
  return (
    <Card title="Data">
      {error && <ErrorNotice title="Could not read the app's details" message={error} onRetry={() => void loadAppInfo()} />}
      {!info && !error && <Spinner label="Loading" />}
      {info && (
        <dl className="facts facts-wide">
          <div className="fact-path">
            <dt>Data folder</dt>
            <dd>
              <code className="path" data-testid="data-dir">
                {info.dataDir}
              </code>
              <CopyButton text={info.dataDir} label="Copy the data folder path" />
            </dd>
          </div>
          <div>
            <dt>Database size</dt>
            <dd data-testid="database-size">{formatBytes(info.databaseBytes)}</dd>
          </div>
          <div>
            <dt>Schema version</dt>
            <dd data-testid="schema-version">
              {info.schemaVersion} of {info.latestSchemaVersion}
            </dd>
          </div>
          <div>
            <dt>SQLite</dt>
            <dd>{info.sqliteVersion}</dd>
          </div>
          <div>
            <dt>Pathwise</dt>
            <dd data-testid="app-version">
              {info.version} · {info.mode === 'desktop' ? 'Desktop app' : 'Browser mode'} · {PLATFORM_NAMES[info.platform] ?? info.platform}
            </dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
