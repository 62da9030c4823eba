import { Button } from './Button';
import { Icon } from './Icon';

/** An error shown where it happened, in the contract's words, with a way to try again. */
export function ErrorNotice({
  message,
  onRetry,
  title = 'Something went wrong',
}: {
  message: string;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <Icon name="warn" />
      <div className="notice-body">
        <strong>{title}</strong>
        <p>{message}</p>
      </div>
      {onRetry && (
        <Button size="sm" icon="refresh" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
