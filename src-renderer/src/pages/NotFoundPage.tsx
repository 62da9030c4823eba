import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { Link } from '../router/Link';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        icon="info"
        title="There is nothing here"
        actions={
          <Link to={{ name: 'dashboard' }} className="btn btn-primary">
            Go to the dashboard
          </Link>
        }
      >
        <p>
          Pathwise has no page at <code>{path}</code>. It may have moved, or the link was mistyped.
        </p>
      </EmptyState>
    </>
  );
}
