/**
 * Task results and errors. A polite live region announces each toast; errors stay longer.
 * Each toast carries `data-testid="toast"`.
 */
import { useEffect } from 'react';
import { useStore, type Toast } from '../stores';
import { Icon } from './Icon';

const LIFETIME = { success: 6000, info: 6000, error: 12000 } as const;

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), LIFETIME[toast.kind]);
    return () => window.clearTimeout(timer);
  }, [dismiss, toast.id, toast.kind]);
  const icon = toast.kind === 'error' ? 'fail' : toast.kind === 'success' ? 'pass' : 'info';
  return (
    <div className={`toast toast-${toast.kind}`} data-testid="toast">
      <Icon name={icon} className="toast-icon" />
      <div className="toast-body">
        <p className="toast-title">{toast.title}</p>
        {toast.message && <p className="toast-message">{toast.message}</p>}
        {toast.link && (
          <a className="toast-link" href={toast.link.href} onClick={() => dismiss(toast.id)}>
            {toast.link.label}
          </a>
        )}
      </div>
      <button type="button" className="icon-button toast-close" onClick={() => dismiss(toast.id)} aria-label="Dismiss notification">
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useStore((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite" aria-relevant="additions text">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
