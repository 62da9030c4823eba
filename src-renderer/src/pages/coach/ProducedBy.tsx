import type { ProducedBy } from '../../../../src-preload/contract';
import { Icon } from '../../components/Icon';

export function producedByText(producedBy: ProducedBy): string {
  return producedBy === 'offline' ? 'Written offline from your analysis' : `Written by ${producedBy.provider}`;
}

/** Every coach result says which path wrote it: the offline rules or a named model. */
export function ProducedByNote({ producedBy }: { producedBy: ProducedBy }) {
  return (
    <p className="produced-by" data-testid="produced-by">
      <Icon name={producedBy === 'offline' ? 'lock' : 'info'} size={14} />
      <span>{producedByText(producedBy)}</span>
    </p>
  );
}
