/**
 * Installed models: "Use for AI features" (a won't-fit model asks "load anyway?"), Remove (asks).
 * Test ids: `installed-model`, `model-use`, `model-active`, `model-remove`, `model-fit`.
 */
import { useState } from 'react';
import type { InstalledModelView } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { formatBytes } from '../../lib/format';
import { useStore } from '../../stores';
import { errorMessage } from '../../stores/types';
import { AddFromDisk } from './AddFromDisk';
import { FitBadge } from './FitBadge';

type Pending = { kind: 'anyway' | 'remove'; model: InstalledModelView };

export function InstalledCard({ installed }: { installed: InstalledModelView[] }) {
  const setActive = useStore((s) => s.setActiveModel);
  const removeModel = useStore((s) => s.removeModel);
  const pushToast = useStore((s) => s.pushToast);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<void>, failTitle: string) => {
    setBusy(true);
    try {
      await work();
      setPending(null);
    } catch (e) {
      setPending(null);
      pushToast({ kind: 'error', title: failTitle, message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const use = (model: InstalledModelView) => {
    if (model.fit?.verdict === 'wont-fit') setPending({ kind: 'anyway', model });
    else void act(() => setActive(model.id), 'Could not use this model');
  };

  return (
    <Card title="Your models">
      {installed.length === 0 ? (
        <p className="muted card-intro">No model yet. Until you add one, every feature uses the offline coach.</p>
      ) : (
        <ul className="model-list">
          {installed.map((m) => (
            <li key={m.id} className={m.active ? 'model-row is-active' : 'model-row'} data-testid="installed-model">
              <div className="model-main">
                <p className="model-name">{m.name}</p>
                <p className="model-facts small">
                  <span className="mono">{m.fileName}</span>
                  <span>{formatBytes(m.sizeBytes)}</span>
                  <span>{m.source === 'disk' ? 'Added from disk' : 'From the catalog'}</span>
                  <span>
                    {m.verified ? 'Checksum verified' : m.sha256 ? `Unverified · SHA-256 ${m.sha256.slice(0, 12)}…` : 'Unverified'}
                  </span>
                </p>
                <FitBadge fit={m.fit} />
              </div>
              <div className="model-actions">
                {m.active ? (
                  <span className="saved-flag" data-testid="model-active">
                    <Icon name="star" filled size={14} /> Used for AI features
                  </span>
                ) : (
                  <Button
                    size="sm"
                    variant="primary"
                    onClick={() => use(m)}
                    disabled={busy || m.kind === 'embedding'}
                    data-testid="model-use"
                  >
                    Use for AI features
                  </Button>
                )}
                {m.active && (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy}
                    onClick={() => void act(() => setActive(null), 'Could not stop using this model')}
                  >
                    Stop using
                  </Button>
                )}
                <Button
                  size="sm"
                  variant="ghost"
                  icon="trash"
                  className="btn-danger-ghost"
                  onClick={() => setPending({ kind: 'remove', model: m })}
                  data-testid="model-remove"
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddFromDisk />
      {pending?.kind === 'anyway' && (
        <ConfirmDialog
          title={`Load ${pending.model.name} anyway?`}
          confirmLabel="Load anyway"
          busy={busy}
          onCancel={() => setPending(null)}
          onConfirm={() => void act(() => setActive(pending.model.id, true), 'Could not use this model')}
        >
          {pending.model.fit?.reason} It may be very slow or fail, and other apps may slow down while it runs.
        </ConfirmDialog>
      )}
      {pending?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove ${pending.model.name}?`}
          confirmLabel="Remove"
          danger
          busy={busy}
          onCancel={() => setPending(null)}
          onConfirm={() => void act(() => removeModel(pending.model.id), 'Could not remove the model')}
        >
          The file ({formatBytes(pending.model.sizeBytes)}) is deleted from Pathwise’s models folder.
          {pending.model.active ? ' Features that used it go back to the offline coach.' : ''}
        </ConfirmDialog>
      )}
    </Card>
  );
}
