import type { ModelFit } from '../../../../src-preload/contract';
import { Icon } from '../../components/Icon';

const LABELS = { fits: 'Fits', tight: 'Tight', 'wont-fit': 'Won’t fit' } as const;
const ICONS = { fits: 'pass', tight: 'warn', 'wont-fit': 'fail' } as const;

/** Will this model run here: fits / tight / won't fit, with the reason in words. */
export function FitBadge({ fit }: { fit: ModelFit | null }) {
  if (!fit) {
    return (
      <span className="fit fit-unknown" data-testid="model-fit">
        <span className="chip chip-sm">Fit unknown</span>
      </span>
    );
  }
  return (
    <span className={`fit fit-${fit.verdict}`} data-testid="model-fit">
      <span className="fit-badge">
        <Icon name={ICONS[fit.verdict]} size={14} /> {LABELS[fit.verdict]}
      </span>
      <span className="fit-reason">
        {fit.reason}{' '}
        {fit.verdict !== 'wont-fit' && <span className="muted">({fit.placement === 'gpu' ? 'graphics card' : 'processor'})</span>}
      </span>
    </span>
  );
}
