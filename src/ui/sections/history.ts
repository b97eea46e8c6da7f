/**
 * The practice over months, inside the sections it belongs to (issue 13): the 7 elements over time
 * under the radar, feelings month by month, each
 * promise's whole year under the cards. The renderer asks historyOf for every section it draws and
 * puts what comes back at the end of the section's body; a section without history gets none.
 */
import type { SectionId } from '../../core/ports';
import type { RenderContext } from '../context';
import { elementHistory } from './element-history';
import { feelingsHistory } from './feelings-history';
import { promiseYears } from './promise-year';

/** The section's history, to go at the end of its body (the part that folds with it); none for most. */
export function historyOf(ctx: RenderContext, id: SectionId): HTMLElement[] {
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
  return parts.filter((part): part is HTMLElement => part !== null);
}
