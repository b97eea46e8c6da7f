import type { Day, WeekStart } from './day';

/** Time comes only from here: the core never asks the machine what day it is. */
export interface Clock {
  today(): Day;
}

/** What a host gives the core to read and write notes. Paths are vault-relative, with `/`. */
export interface NoteStore {
  list(): Promise<string[]>;
  read(path: string): Promise<string>;
  /** Creates the note; never overwrites. Returns the path actually used. */
  create(path: string, text: string): Promise<string>;
  /** Atomic read-modify-write of one note; `edit` returns the new text, or undefined to leave it alone. */
  process(path: string, edit: (text: string) => string | undefined): Promise<void>;
}

/** Settings as plain data, the same in every host. */
export interface Settings {
  /** Folder (vault-relative) where new notes go. */
  notesFolder: string;
  /** File-name pattern for new notes: {date}, {id}, {title}, {week} are filled in. */
  fileNamePattern: string;
  /** Folder where the user may keep their own versions of templates (`<id>.md`). */
  templateFolder: string;
  weekStart: WeekStart;
  /** Dashboard sections to show; everything shows by default. */
  sections: Record<SectionId, boolean>;
}

export type SectionId =
  | 'promises'
  | 'values'
  | 'weeks'
  | 'emotions'
  | 'lessons'
  | 'goals'
  | 'checkIn'
  | 'practice'
  | 'exercises';

export const SECTION_IDS: readonly SectionId[] = [
  'promises',
  'values',
  'weeks',
  'emotions',
  'lessons',
  'goals',
  'checkIn',
  'practice',
  'exercises',
];

export const DEFAULT_SETTINGS: Settings = {
  notesFolder: 'Self-trust',
  fileNamePattern: '{date} {title}',
  templateFolder: 'Templates/Self-trust',
  weekStart: 'monday',
  sections: Object.fromEntries(SECTION_IDS.map((id) => [id, true])) as Record<SectionId, boolean>,
};

/** What the dashboard reads from the index: every note read so far, and a revision that grows with each change. */
export interface IndexView {
  readonly revision: number;
  notes(): Iterable<import('./entry').ParsedNote>;
}
