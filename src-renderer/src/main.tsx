// The api module must load first: in browser mode it swaps the one-time `#token=…` fragment for
// `#/` before the router reads the location.
import './api';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/surfaces.css';
import './styles/dashboard.css';
import './styles/resumes.css';
import './styles/resume-detail.css';
import './styles/resume-analysis.css';
import './styles/settings.css';
import './styles/jobs.css';
import './styles/job-list.css';
import './styles/job-detail.css';
import './styles/job-forms.css';
import './styles/notifications.css';
import './styles/ai.css';
import './styles/coach.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyTheme, rememberedTheme } from './lib/theme';
import { connectStore } from './stores';

applyTheme(rememberedTheme());
connectStore();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
