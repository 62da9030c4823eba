/** Text layer and reading-order risks from the extracted document's layout signals. */
import type { AnalysisCheck } from '../../../../../src-preload/contract/resume.types';
import { makeCheck, type AnalysisContext } from '../check';

export const LAYOUT_WEIGHT = 10;

interface Risk {
  penalty: number;
  detail: string;
  fix: string;
}

export function checkLayout(context: AnalysisContext): AnalysisCheck {
  const { document } = context;
  if (!document) {
    return makeCheck({
      id: 'layout-reading-order',
      title: 'Layout and reading order',
      category: 'layout',
      weight: LAYOUT_WEIGHT,
      result: 1,
      detail: 'Imported from structured data, so there is no page layout to check.',
      fix: '',
    });
  }
  const risks = layoutRisks(context);
  const result = 1 - risks.reduce((sum, risk) => sum + risk.penalty, 0);
  return makeCheck({
    id: 'layout-reading-order',
    title: 'Layout and reading order',
    category: 'layout',
    weight: LAYOUT_WEIGHT,
    result,
    detail: risks.length === 0 ? 'Single column with a clean text layer: applicant tracking systems will read it in order.' : risks.map((risk) => risk.detail).join(' '),
    fix: risks.map((risk) => risk.fix).join(' '),
  });
}

function layoutRisks(context: AnalysisContext): Risk[] {
  const layout = context.document?.layout;
  const risks: Risk[] = [];
  if (!layout) return risks;
  const characters = context.document?.meta.characters ?? 0;
  if (characters < 200) {
    risks.push({ penalty: 0.6, detail: 'Very little selectable text was found.', fix: 'Export the resume from your word processor as a text PDF, not a scan or image.' });
  }
  if (layout.multiColumn) {
    risks.push({ penalty: 0.3, detail: 'The page uses more than one column, which some systems read across instead of down.', fix: 'Move the sidebar content (skills, contact) into the main single column.' });
  }
  if (layout.tables) {
    risks.push({ penalty: 0.25, detail: 'Tables were detected; their cells are often read out of order.', fix: 'Replace tables with plain lines of text and tab stops.' });
  }
  if (layout.images > 0) {
    risks.push({ penalty: Math.min(0.3, 0.15 * layout.images), detail: `${layout.images} image(s) carry little or no text layer.`, fix: 'Remove images, icons and text set as pictures; write that text out instead.' });
  }
  if (layout.contactInHeaderFooter) {
    risks.push({ penalty: 0.3, detail: 'Your contact details sit only in the page header or footer, which many systems skip.', fix: 'Move your email and phone number out of the header into the first lines of the page body.' });
  }
  return risks;
}
