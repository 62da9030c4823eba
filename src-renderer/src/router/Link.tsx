import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { hrefFor, type Route } from './routes';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: Exclude<Route, { name: 'not-found' }>;
  children: ReactNode;
};

/** A plain anchor to a hash route: works with the keyboard, middle-click and screen readers. */
export function Link({ to, children, ...rest }: LinkProps) {
  return (
    <a href={hrefFor(to)} {...rest}>
      {children}
    </a>
  );
}
