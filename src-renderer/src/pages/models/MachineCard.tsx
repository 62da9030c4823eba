import type { MachineSummary } from '../../../../src-preload/contract';
import { Card } from '../../components/Card';
import { formatBytes } from '../../lib/format';

const GPU_NAMES = { cuda: 'NVIDIA (CUDA)', metal: 'Apple (Metal)', vulkan: 'Vulkan' } as const;

export function MachineCard({ machine }: { machine: MachineSummary | null }) {
  return (
    <Card title="This computer" data-testid="machine">
      {!machine ? (
        <p className="muted">Pathwise could not measure this computer’s memory, so it cannot say which models fit.</p>
      ) : (
        <dl className="facts">
          <div>
            <dt>Memory (RAM)</dt>
            <dd data-testid="machine-ram">
              {formatBytes(machine.ramBytes)} <span className="muted">· {formatBytes(machine.freeRamBytes)} free</span>
            </dd>
          </div>
          <div>
            <dt>Graphics memory</dt>
            <dd data-testid="machine-vram">{machine.vramBytes > 0 ? formatBytes(machine.vramBytes) : 'None usable'}</dd>
          </div>
          <div>
            <dt>Graphics acceleration</dt>
            <dd data-testid="machine-gpu">{machine.gpu ? GPU_NAMES[machine.gpu] : 'None: models run on the processor'}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
