/**
 * The resume score as a 270° ring with coloured bands (needs work / fair / good / strong).
 * The number carries `data-testid="score-value"` for the end-to-end tests.
 */
import { BAND_LABELS, scoreBand } from '../lib/score';

const SWEEP = 270;

function arcPath(radius: number, center: number, fraction: number): string {
  const start = 135; // degrees, measured clockwise from the positive x axis
  const end = start + SWEEP * Math.max(0, Math.min(1, fraction));
  const point = (deg: number) => {
    const rad = (deg * Math.PI) / 180;
    return `${(center + radius * Math.cos(rad)).toFixed(2)} ${(center + radius * Math.sin(rad)).toFixed(2)}`;
  };
  const large = end - start > 180 ? 1 : 0;
  return `M ${point(start)} A ${radius} ${radius} 0 ${large} 1 ${point(end)}`;
}

interface ScoreGaugeProps {
  score: number | null;
  size?: number;
  /** Shown under the number; defaults to the band's word. */
  caption?: string;
}

export function ScoreGauge({ score, size = 168, caption }: ScoreGaugeProps) {
  const band = scoreBand(score);
  const stroke = Math.max(8, Math.round(size / 14));
  const center = size / 2;
  const radius = center - stroke / 2 - 2;
  const fraction = score === null ? 0 : score / 100;
  const label = score === null ? 'Not scored yet' : `Score ${score} of 100, ${BAND_LABELS[band].toLowerCase()}`;
  return (
    <div className={`gauge band-${band}`} style={{ width: size, height: size }} role="img" aria-label={label}>
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
        <path className="gauge-track" d={arcPath(radius, center, 1)} strokeWidth={stroke} fill="none" strokeLinecap="round" />
        {score !== null && score > 0 && (
          <path className="gauge-arc" d={arcPath(radius, center, fraction)} strokeWidth={stroke} fill="none" strokeLinecap="round" />
        )}
      </svg>
      <div className="gauge-center" aria-hidden="true">
        <span className="gauge-value" data-testid="score-value" style={{ fontSize: Math.round(size * 0.27) }}>
          {score === null ? '—' : Math.round(score)}
        </span>
        <span className="gauge-caption">{caption ?? BAND_LABELS[band]}</span>
      </div>
    </div>
  );
}

export function ScoreBadge({ score, testId, title }: { score: number | null; testId?: string; title?: string }) {
  const band = scoreBand(score);
  return (
    <span className={`score-badge band-${band}`} title={title ?? BAND_LABELS[band]} data-testid={testId}>
      {score === null ? '—' : Math.round(score)}
      <span className="visually-hidden"> of 100, {BAND_LABELS[band]}</span>
    </span>
  );
}
