/**
 * Ctrl/Cmd+1, +2, +3, +4 and +, go to Dashboard, Resumes, Jobs, AI models and Settings. The desktop menu has the same
 * accelerators (src-main/shell/menu.ts); these make them work in browser mode too.
 */
import { useEffect } from 'react';
import { navigate } from '../router/router';

const ROUTES: Record<string, string> = { '1': '/', '2': '/resumes', '3': '/jobs', '4': '/models', ',': '/settings' };

export function useNavigationShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const route = ROUTES[event.key];
      if (!route) return;
      event.preventDefault();
      navigate(route);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
