/** What the HTML report's buttons do: a static file cannot edit notes, so each shows a short, kind hint. */
import type { DashboardModel } from '../core/dashboard/model';
import { getExercise } from '../core/catalog/exercises';
import type { DashboardActions } from './actions';

function quoteArg(text: string): string {
  return `"${text.replace(/["\\$`]/g, '\\$&')}"`;
}

/** The report's DashboardActions: each says, through `say`, what to run or where to look instead. */
export function reportActions(model: DashboardModel, say: (text: string) => void): DashboardActions {
  return {
    openNote: (path) => say(`This page is a snapshot. Open “${path}” in your notes app to read or edit it.`),
    startExercise: (id) => say(`To start “${getExercise(id)?.title ?? id}”, run: selftrust new ${id}`),
    logPromise: (path, action) => {
      const promise = quoteArg(model.promises.find((p) => p.path === path)?.promise ?? path);
      switch (action) {
        case 'keep':
          return say(`Well done. To log it, run: selftrust log ${promise} — then make the report again.`);
        case 'keep-again':
          return say(`Well done. To log one more keep today, run: selftrust log ${promise} --again — then make the report again.`);
        case 'rest':
          return say(`Rest is part of it. To mark a rest day, run: selftrust log ${promise} --skip`);
        case 'undo-keep':
          return say(`To take back a keep, run: selftrust log ${promise} --undo`);
        case 'undo-rest':
          return say(`To take back a rest day, run: selftrust log ${promise} --skip --undo`);
      }
    },
    rereadLetter: () => say(model.letter
      ? `Your letter is in “${model.letter.path}”. Open it in your notes app and take your time.`
      : 'There is no letter yet. To write one, run: selftrust new self-compassion-letter'),
  };
}
