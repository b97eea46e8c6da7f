/**
 * Compiled by `tsc -p tsconfig.json`, never run: checks the fake in ./obsidian.ts against the real
 * node_modules/obsidian/obsidian.d.ts, so a fake whose signature drifts from Obsidian's fails the typecheck.
 *
 * `Conforms<F, R>` demands that every public member of the fake exists on the real class with a type
 * the real one accepts (the fake may implement fewer members; test-only helpers are named `fake*`).
 * Constructors are checked separately: the fake must accept what the real constructor takes.
 */
import type * as real from 'obsidian';
import type * as fake from './obsidian';

type Conforms<F, R> = {
  // `then(cb: (self: this) => any)` takes the fake itself, so only its name is checked.
  [K in keyof F]: K extends `fake${string}` ? F[K] : K extends 'then' ? (K extends keyof R ? F[K] : never) : K extends keyof R ? MemberOk<F[K], R[K], F> : never;
};
/**
 * A method returning `this` (setName, setValue...) returns the fake, not the real class: for those, the
 * fake must accept the real parameters. Every other member must be assignable to the real one.
 */
type MemberOk<FM, RM, F> = FM extends (...args: infer A) => infer Ret
  ? [Ret] extends [F]
    ? RM extends (...args: infer RA) => unknown
      ? RA extends A
        ? FM
        : never
      : never
    : RM
  : RM;
type Check<F extends Conforms<F, R>, R> = [F, R];

type AnyCtor = abstract new (...args: any) => unknown;
/** The fake's constructor accepts the real constructor's arguments. */
type CtorCheck<F extends AnyCtor, R extends AnyCtor> = ConstructorParameters<R> extends ConstructorParameters<F> ? true : never;

export type Checked = [
  Check<fake.Events, real.Events>,
  Check<fake.Component, real.Component>,
  Check<fake.Plugin, real.Plugin>,
  Check<fake.TFile, real.TFile>,
  Check<fake.TFolder, real.TFolder>,
  Check<fake.Vault, real.Vault>,
  Check<fake.MetadataCache, real.MetadataCache>,
  Check<fake.Workspace, real.Workspace>,
  Check<fake.WorkspaceLeaf, real.WorkspaceLeaf>,
  Check<fake.ItemView, real.ItemView>,
  Check<fake.MarkdownView, real.MarkdownView>,
  Check<fake.Editor, real.Editor>,
  Check<fake.App, real.App>,
  Check<fake.FileManager, real.FileManager>,
  Check<fake.Modal, real.Modal>,
  Check<fake.SuggestModal<string>, real.SuggestModal<string>>,
  Check<fake.FuzzySuggestModal<string>, real.FuzzySuggestModal<string>>,
  Check<fake.Notice, real.Notice>,
  Check<fake.PluginSettingTab, real.PluginSettingTab>,
  Check<fake.Setting, real.Setting>,
  Check<fake.TextComponent, real.TextComponent>,
  Check<fake.DropdownComponent, real.DropdownComponent>,
  Check<fake.ToggleComponent, real.ToggleComponent>,
  Check<fake.ButtonComponent, real.ButtonComponent>,
];

type Constructors = [
  CtorCheck<typeof fake.Plugin, typeof real.Plugin>,
  CtorCheck<typeof fake.ItemView, typeof real.ItemView>,
  CtorCheck<typeof fake.Modal, typeof real.Modal>,
  CtorCheck<typeof fake.SuggestModal<string>, typeof real.SuggestModal<string>>,
  CtorCheck<typeof fake.FuzzySuggestModal<string>, typeof real.FuzzySuggestModal<string>>,
  CtorCheck<typeof fake.Notice, typeof real.Notice>,
  CtorCheck<typeof fake.PluginSettingTab, typeof real.PluginSettingTab>,
  CtorCheck<typeof fake.Setting, typeof real.Setting>,
  CtorCheck<typeof fake.TextComponent, typeof real.TextComponent>,
  CtorCheck<typeof fake.DropdownComponent, typeof real.DropdownComponent>,
  CtorCheck<typeof fake.ToggleComponent, typeof real.ToggleComponent>,
  CtorCheck<typeof fake.ButtonComponent, typeof real.ButtonComponent>,
  CtorCheck<typeof fake.MarkdownView, typeof real.MarkdownView>,
];
/** Fails to compile when any entry above is `never`. */
export const constructorsChecked: Constructors = [true, true, true, true, true, true, true, true, true, true, true, true, true];

/** Free functions keep the real signatures exactly. */
export const functionsChecked: [
  typeof real.normalizePath,
  typeof real.setIcon,
  typeof real.addIcon,
  typeof real.debounce,
  typeof real.getLinkpath,
] = [null! as typeof fake.normalizePath, null! as typeof fake.setIcon, null! as typeof fake.addIcon, null! as typeof fake.debounce, null! as typeof fake.getLinkpath];
