// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reportActions } from '../../src/ui/report-actions';
import { emptyModel, realisticModel } from './dashboard-model-builder';

describe('the HTML report’s actions', () => {
  it('say kindly how to do each thing from the command line', () => {
    const model = realisticModel();
    const said: string[] = [];
    const actions = reportActions(model, (t) => said.push(t));
    actions.logPromise(model.promises[0]!.path, 'keep');
    actions.logPromise(model.promises[0]!.path, 'rest');
    actions.startExercise('boundary-log');
    actions.openNote('Self-trust/x.md');
    actions.rereadLetter();
    expect(said).toEqual([
      'Well done. To log it, run: selftrust log "Walk for 15 minutes" — then make the report again.',
      'Rest is part of it. To mark a rest day, run: selftrust log "Walk for 15 minutes" --skip',
      'To start “Boundary log”, run: selftrust new boundary-log',
      'This page is a snapshot. Open “Self-trust/x.md” in your notes app to read or edit it.',
      `Your letter is in “${model.letter!.path}”. Open it in your notes app and take your time.`,
    ]);
    const none: string[] = [];
    reportActions(emptyModel(), (t) => none.push(t)).rereadLetter();
    expect(none[0]).toContain('selftrust new self-compassion-letter');
  });
});

describe('the HTML report’s hints for several keeps a day and undo', () => {
  it('name the CLI flags that do the same', () => {
    const model = realisticModel();
    const said: string[] = [];
    const actions = reportActions(model, (t) => said.push(t));
    const path = model.promises[0]!.path;
    actions.logPromise(path, 'keep-again');
    actions.logPromise(path, 'undo-keep');
    actions.logPromise(path, 'undo-rest');
    expect(said).toEqual([
      'Well done. To log one more keep today, run: selftrust log "Walk for 15 minutes" --again — then make the report again.',
      'To take back a keep, run: selftrust log "Walk for 15 minutes" --undo',
      'To take back a rest day, run: selftrust log "Walk for 15 minutes" --skip --undo',
    ]);
  });
});
