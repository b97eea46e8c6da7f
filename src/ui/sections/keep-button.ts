/**
 * A promise card's main button. Several keeps a day are possible (docs/schema.md, "Several keeps a
 * day"), so the button says how far today is and stays pressable until the day asks no more:
 * - `per: day` with `times: 2`: "Kept it today · 0 of 2", "· 1 of 2", then "Kept today ✓ · 2 of 2", disabled;
 *   once a day: "Kept it today", then "Kept today ✓", disabled (a second press would change nothing).
 * - `per: week`: "Kept it today"; once today is kept, "Kept again today" (a second walk the same day)
 *   while the week's target is not met; then "Kept today ✓", disabled.
 */
import type { PromiseCard } from '../../core/dashboard/model';
import type { LogAction } from '../../core/edit/log-promise';
import { button, type RenderContext } from '../context';

export interface KeepButtonState {
  label: string;
  action: Extract<LogAction, 'keep' | 'keep-again'>;
  disabled: boolean;
}

/** What the main button of an active promise's card says and does, from the card alone. */
export function keepButtonState(p: Pick<PromiseCard, 'per' | 'target' | 'keptThisPeriod' | 'keptToday'>): KeepButtonState {
  if (p.per === 'day') {
    const done = p.keptThisPeriod >= p.target;
    const progress = p.target > 1 ? ` · ${p.keptThisPeriod} of ${p.target}` : '';
    return { label: `${done ? 'Kept today ✓' : 'Kept it today'}${progress}`, action: 'keep', disabled: done };
  }
  if (!p.keptToday) return { label: 'Kept it today', action: 'keep', disabled: false };
  if (p.keptThisPeriod < p.target) return { label: 'Kept again today', action: 'keep-again', disabled: false };
  return { label: 'Kept today ✓', action: 'keep', disabled: true };
}

/** The card's main button, wired to the host's logPromise with the action its state names. */
export function keepButton(ctx: RenderContext, p: PromiseCard, describedBy: string): HTMLButtonElement {
  const state = keepButtonState(p);
  return button(ctx, state.label, () => ctx.actions.logPromise(p.path, state.action), {
    kind: 'primary', action: 'log-kept', describedBy, disabled: state.disabled,
  });
}
