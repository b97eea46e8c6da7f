/** What the HTML report's buttons do: a static file cannot edit notes, so each shows a short, kind hint. */
import type { DashboardModel } from '../core/dashboard/model';
import { getExercise } from '../core/catalog/exercises';
import type { DashboardActions } from './actions';

function quoteArg(text: string): string {
  return `"${text.replace(/["\\$`]/g, '\\$&')}"`;
}

export function reportActions(model: DashboardModel, say: (text: string) => void): DashboardActions {
  return {
    openNote: (path) => say(`This page is a snapshot. Open “${path}” in your notes app to read or edit it.`),
    startExercise: (id) => say(`To start “${getExercise(id)?.title ?? id}”, run: selftrust new ${id}`),
    logPromise: (path, mark) => {
      const promise = model.promises.find((p) => p.path === path)?.promise ?? path;
      say(mark === 'kept'
        ? `Well done. To log it, run: selftrust log ${quoteArg(promise)} — then make the report again.`
        : `Rest is part of it. To mark a rest day, run: selftrust log ${quoteArg(promise)} --skip`);
    },
    rereadLetter: () => say(model.letter
      ? `Your letter is in “${model.letter.path}”. Open it in your notes app and take your time.`
      : 'There is no letter yet. To write one, run: selftrust new self-compassion-letter'),
  };
}
