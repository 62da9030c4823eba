import type { HTMLAttributes, ReactNode } from 'react';

interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** Right side of the card header (a link or an action). */
  actions?: ReactNode;
  children: ReactNode;
  as?: 'section' | 'div' | 'article';
}

export function Card({ title, actions, children, className, as: Tag = 'section', ...rest }: CardProps) {
  return (
    <Tag className={className ? `card ${className}` : 'card'} {...rest}>
      {(title || actions) && (
        <header className="card-header">
          {title && <h2 className="card-title">{title}</h2>}
          {actions && <div className="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </Tag>
  );
}
