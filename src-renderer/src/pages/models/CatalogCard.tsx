/**
 * Recommended models: size, memory needed, licence, context, fit, and Download (resumable, with
 * progress, speed and Cancel). Entries without a recorded checksum say so.
 * Test ids: `catalog-model`, `model-fit`, `model-download`, `model-progress`, `model-download-cancel`.
 */
import type { CatalogModelView } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { formatBytes } from '../../lib/format';
import { useStore } from '../../stores';
import { FitBadge } from './FitBadge';

function CatalogRow({ model }: { model: CatalogModelView }) {
  const download = useStore((s) => s.modelDownloads[model.id]);
  const pull = useStore((s) => s.pullModel);
  const cancel = useStore((s) => s.cancelModelDownload);
  const dismiss = useStore((s) => s.dismissModelDownload);
  const openExternal = useStore((s) => s.openExternal);
  const running = download?.running ?? false;
  return (
    <li className="model-row" data-testid="catalog-model">
      <div className="model-main">
        <p className="model-name">{model.name}</p>
        {model.notes && <p className="muted small">{model.notes}</p>}
        <p className="model-facts small">
          <span>{formatBytes(model.sizeBytes)} download</span>
          <span>needs about {formatBytes(model.ramBytes)} memory</span>
          <span>{model.contextLength.toLocaleString()}-token context</span>
          <span>
            Licence:{' '}
            {model.licenceUrl ? (
              <button type="button" className="link-button" onClick={() => void openExternal(model.licenceUrl!)}>
                {model.licence}
              </button>
            ) : (
              model.licence
            )}
          </span>
        </p>
        <p className="small model-verify">
          {model.verified ? (
            <>
              <Icon name="lock" size={12} /> Checksum recorded: the download is checked against it.
            </>
          ) : (
            <span className="muted">Checksum not yet recorded: the file’s SHA-256 is computed after download and shown as unverified.</span>
          )}
        </p>
        <FitBadge fit={model.fit} />
        {download && (running || download.error || download.cancelled) && (
          <div className="model-progress" data-testid="model-progress">
            {running && <ProgressBar value={download.done} max={download.total || model.sizeBytes} label={`Downloading ${model.name}`} />}
            <span className={download.error ? 'field-error' : 'muted small'} role={download.error ? 'alert' : undefined}>
              {download.error ? download.error.message : download.message}
            </span>
            {!running && (
              <Button size="sm" variant="ghost" onClick={() => dismiss(model.id)}>
                Dismiss
              </Button>
            )}
          </div>
        )}
      </div>
      <div className="model-actions">
        {model.installed ? (
          <span className="saved-flag">
            <Icon name="check" size={14} /> Installed
          </span>
        ) : running ? (
          <Button
            size="sm"
            icon="close"
            onClick={() => void cancel(model.id)}
            disabled={!download?.taskId}
            data-testid="model-download-cancel"
          >
            Cancel
          </Button>
        ) : (
          <Button size="sm" variant="primary" icon="upload" onClick={() => void pull(model.id)} data-testid="model-download">
            {model.partialBytes > 0 ? `Resume (${formatBytes(model.partialBytes)} done)` : 'Download'}
          </Button>
        )}
      </div>
    </li>
  );
}

export function CatalogCard({ catalog }: { catalog: CatalogModelView[] }) {
  return (
    <Card title="Recommended models">
      <p className="muted card-intro">
        Downloaded from Hugging Face into Pathwise’s data folder. The download is the only thing sent over the network.
      </p>
      <ul className="model-list">
        {catalog.map((m) => (
          <CatalogRow key={m.id} model={m} />
        ))}
      </ul>
    </Card>
  );
}
