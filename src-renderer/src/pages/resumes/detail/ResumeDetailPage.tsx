import { useCallback, useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/PageHeader';
import { ScoreBadge } from '../../../components/ScoreGauge';
import { Spinner } from '../../../components/Spinner';
import { TabPanel, Tabs } from '../../../components/Tabs';
import { FORMAT_LABELS, formatBytes, formatDate } from '../../../lib/format';
import { Link } from '../../../router/Link';
import { useStore } from '../../../stores';
import { FeedbackPanel } from '../../coach/FeedbackPanel';
import { AnalysisTab } from './AnalysisTab';
import { AtsTab } from './AtsTab';
import { ProfileTab } from './ProfileTab';

type TabId = 'profile' | 'analysis' | 'ats' | 'coach';

const TABS: { id: TabId; label: string }[] = [
  { id: 'profile', label: 'Profile' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'ats', label: 'What an ATS sees' },
  { id: 'coach', label: 'Coach' },
];

export function ResumeDetailPage({ id }: { id: number }) {
  const entry = useStore((s) => s.resumeDetails[id]);
  const loadResume = useStore((s) => s.loadResume);
  const keepOnly = useStore((s) => s.keepOnlyResumeDetail);
  const correct = useStore((s) => s.correctResumeField);
  const reanalyze = useStore((s) => s.reanalyzeResume);
  const setPrimary = useStore((s) => s.setPrimaryResume);
  const busy = useStore((s) => Boolean(s.reanalyzing[id]));
  const [tab, setTab] = useState<TabId>('profile');

  useEffect(() => {
    keepOnly(id);
    void loadResume(id);
    return () => keepOnly(null);
  }, [id, keepOnly, loadResume]);

  const detail = entry?.data;
  useEffect(() => {
    document.title = `${detail?.title ?? 'Resume'} · Pathwise`;
  }, [detail?.title]);

  const onSave = useCallback((path: string, value: string | null) => correct(id, path, value), [correct, id]);

  const back = (
    <Link to={{ name: 'resumes' }} className="back-link">
      <Icon name="arrowLeft" size={14} /> Resumes
    </Link>
  );

  if (!detail) {
    return (
      <>
        <PageHeader title="Resume" before={back} />
        {entry?.error ? (
          <ErrorNotice title="Could not open this resume" message={entry.error} onRetry={() => void loadResume(id)} />
        ) : (
          <div className="loading-block">
            <Spinner label="Loading the resume" />
          </div>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        before={back}
        title={detail.title}
        description={
          <span className="detail-meta">
            <ScoreBadge score={detail.analysis.score} />
            <span>{detail.fileName}</span>
            <span className="chip">{FORMAT_LABELS[detail.format] ?? detail.format}</span>
            <span>{formatBytes(detail.bytes)}</span>
            <span>Imported {formatDate(detail.createdAt)}</span>
            {detail.isPrimary && (
              <span className="primary-flag">
                <Icon name="star" filled size={14} /> Primary
              </span>
            )}
          </span>
        }
        actions={
          !detail.isPrimary && (
            <Button icon="star" onClick={() => void setPrimary(id)}>
              Make primary
            </Button>
          )
        }
      />
      {entry.error && <ErrorNotice title="Could not refresh this resume" message={entry.error} onRetry={() => void loadResume(id)} />}
      <Tabs idBase="resume" label="Resume views" tabs={TABS} active={tab} onChange={setTab} />
      <TabPanel idBase="resume" id={tab}>
        {tab === 'profile' && <ProfileTab detail={detail} onSave={onSave} />}
        {tab === 'analysis' && <AnalysisTab detail={detail} busy={busy} onReanalyze={() => void reanalyze(id)} />}
        {tab === 'ats' && <AtsTab detail={detail} />}
        {tab === 'coach' && <FeedbackPanel resumeId={id} />}
      </TabPanel>
    </>
  );
}
