/**
 * The app shell: sidebar, the current page, toasts, and window-wide behaviour (theme, shortcuts,
 * drag-and-drop import, navigation requests from the native menu).
 */
import { useEffect, useRef } from 'react';
import { api } from './api';
import { DropOverlay } from './components/DropOverlay';
import { Sidebar } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { applyTheme, onSystemThemeChange, rememberedTheme } from './lib/theme';
import { useFileDrop } from './lib/useFileDrop';
import { useNavigationShortcuts } from './lib/useShortcuts';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { AddJobDialog } from './pages/jobs/add/AddJobDialog';
import { BoardsPage } from './pages/jobs/boards/BoardsPage';
import { JobDetailPage } from './pages/jobs/detail/JobDetailPage';
import { JobsPage } from './pages/jobs/JobsPage';
import { CoverLetterPage } from './pages/coach/CoverLetterPage';
import { TailorPage } from './pages/coach/TailorPage';
import { ModelsPage } from './pages/models/ModelsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ResumeDetailPage } from './pages/resumes/detail/ResumeDetailPage';
import { ResumesPage } from './pages/resumes/ResumesPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { navigate, useRoute } from './router/router';
import { sectionOf, type Route } from './router/routes';
import { useStore } from './stores';

function useTheme(): void {
  const loadSettings = useStore((s) => s.loadSettings);
  const preference = useStore((s) => s.settings.data?.theme);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  useEffect(() => {
    const theme = preference ?? rememberedTheme();
    applyTheme(theme);
    if (theme !== 'system') return;
    return onSystemThemeChange(() => applyTheme('system'));
  }, [preference]);
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'resumes':
      return <ResumesPage />;
    case 'resume':
      return <ResumeDetailPage key={route.id} id={route.id} />;
    case 'jobs':
      return <JobsPage />;
    case 'job':
      return <JobDetailPage key={route.id} id={route.id} />;
    case 'boards':
      return <BoardsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'models':
      return <ModelsPage />;
    case 'tailor':
      return <TailorPage key={route.jobId} jobId={route.jobId} />;
    case 'letter':
      return <CoverLetterPage key={route.jobId} jobId={route.jobId} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

export function App() {
  const route = useRoute();
  const importFiles = useStore((s) => s.importFiles);
  const addJobTab = useStore((s) => s.addJobDialog);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  useTheme();
  useNavigationShortcuts();
  useEffect(() => api.on('app:navigate', ({ route: path }) => navigate(path)), []);

  const dragging = useFileDrop((files) => {
    importFiles(files);
    if (route.name !== 'dashboard' && route.name !== 'resumes') navigate('/resumes');
  });

  // Move focus to the new page so keyboard and screen-reader users land on its content.
  const routeKey = JSON.stringify(route);
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    mainRef.current?.scrollTo?.({ top: 0 });
  }, [routeKey]);

  return (
    <div className="app">
      <Sidebar section={sectionOf(route)} />
      <main className="main" ref={mainRef} tabIndex={-1} aria-label="Content">
        <div className="page">
          <Page route={route} />
        </div>
      </main>
      {addJobTab && <AddJobDialog tab={addJobTab} />}
      <Toasts />
      {dragging && <DropOverlay />}
    </div>
  );
}
