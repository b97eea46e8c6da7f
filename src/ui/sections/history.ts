/**
 * The practice over months, inside the sections it belongs to (issue 13): the 7 elements over time
 * under the radar, feelings month by month, each
 * promise's whole year under the cards. The renderer passes every section it draws through
 * withHistory; a section without history of its own comes back as it was.
 */
import type { SectionId } from '../../core/ports';
import type { RenderContext } from '../context';
import { elementHistory } from './element-history';
import { feelingsHistory } from './feelings-history';
import { promiseYears } from './promise-year';

/** Appends the section's history to its body (the part that folds with it); returns the section. */
export function withHistory(ctx: RenderContext, id: SectionId, sectionEl: HTMLElement): HTMLElement {
  const body = sectionEl.querySelector<HTMLElement>(':scope > .st-section-body') ?? sectionEl;
  const parts: (HTMLElement | null)[] = [];
  switch (id) {
    case 'checkIn':
      if (ctx.model.checkIn.latest) parts.push(elementHistory(ctx));
      break;
    case 'emotions':
      parts.push(feelingsHistory(ctx));
      break;
    case 'promises':
      parts.push(promiseYears(ctx));
      break;
    default:
      break;
  }
  for (const part of parts) if (part) body.appendChild(part);
  return sectionEl;
}
