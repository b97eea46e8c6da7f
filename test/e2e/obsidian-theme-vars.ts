/**
 * The variables Obsidian's default theme gives a plugin's view, light and dark, as the app computes
 * them (app.css of Obsidian 1.9/1.10: accent hue 258, saturation 88%, lightness 66%).
 *
 * Where they come from: the base and extended colours are in Obsidian's developer docs
 * (obsidianmd/obsidian-developer-docs, en/Reference/CSS variables/Foundations/Colors.md); the
 * semantic mappings (which base colour --text-muted or --background-modifier-border is, and the
 * accent's -1/-2 shades) are from a dump of the values the app computes for its default theme (the
 * `_baseline` theme data of the Quartz themes project, saberzero1/quartz-themes, which reads them
 * from Obsidian itself). Where the two differ (base-70 in dark: docs #bababa, app #b3b3b3) the
 * app's value is used.
 */
const SHARED = {
  '--accent-h': '258',
  '--accent-s': '88%',
  '--accent-l': '66%',
  '--font-interface': 'ui-sans-serif, -apple-system, BlinkMacSystemFont, system-ui, "Segoe UI", Roboto, "Inter", sans-serif',
  '--font-monospace': 'ui-monospace, SFMono-Regular, "Cascadia Mono", "Roboto Mono", "DejaVu Sans Mono", "Liberation Mono", Menlo, Monaco, monospace',
  '--font-ui-medium': '15px',
  '--font-ui-small': '13px',
  '--radius-l': '12px',
  '--size-4-3': '12px',
  '--text-on-accent': 'white',
  '--text-on-accent-inverted': 'black',
} as const;

export const OBSIDIAN_THEMES: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    ...SHARED,
    '--color-base-00': '#ffffff', '--color-base-05': '#fcfcfc', '--color-base-10': '#fafafa', '--color-base-20': '#f6f6f6',
    '--color-base-25': '#e3e3e3', '--color-base-30': '#e0e0e0', '--color-base-35': '#d4d4d4', '--color-base-40': '#bdbdbd',
    '--color-base-50': '#ababab', '--color-base-60': '#707070', '--color-base-70': '#5c5c5c', '--color-base-100': '#222222',
    '--mono-rgb-0': '255, 255, 255', '--mono-rgb-100': '0, 0, 0',
    '--color-red': '#e93147', '--color-orange': '#ec7500', '--color-yellow': '#e0ac00', '--color-green': '#08b94e',
    '--color-cyan': '#00bfbc', '--color-blue': '#086ddd', '--color-purple': '#7852ee', '--color-pink': '#d53984',
    '--color-red-rgb': '233, 49, 71', '--color-green-rgb': '8, 185, 78', '--color-blue-rgb': '8, 109, 221', '--color-purple-rgb': '120, 82, 238',
    '--color-accent': 'hsl(258, 88%, 66%)',
    '--color-accent-1': 'hsl(257, 88.88%, 70.95%)',
    '--color-accent-2': 'hsl(255, 89.76%, 75.9%)',
    '--background-primary': 'var(--color-base-00)',
    '--background-primary-alt': 'var(--color-base-10)',
    '--background-secondary': 'var(--color-base-20)',
    '--background-secondary-alt': 'var(--color-base-05)',
    '--background-modifier-hover': 'rgba(var(--mono-rgb-100), 0.067)',
    '--background-modifier-border': 'var(--color-base-30)',
    '--background-modifier-border-hover': 'var(--color-base-35)',
    '--background-modifier-border-focus': 'var(--color-base-40)',
    '--text-normal': 'var(--color-base-100)',
    '--text-muted': 'var(--color-base-70)',
    '--text-faint': 'var(--color-base-50)',
    '--text-accent': 'var(--color-accent)',
    '--text-accent-hover': 'var(--color-accent-2)',
    '--interactive-accent': 'var(--color-accent-1)',
    '--interactive-accent-hover': 'var(--color-accent-2)',
    '--interactive-normal': 'var(--color-base-00)',
  },
  dark: {
    ...SHARED,
    '--color-base-00': '#1e1e1e', '--color-base-05': '#212121', '--color-base-10': '#242424', '--color-base-20': '#262626',
    '--color-base-25': '#2a2a2a', '--color-base-30': '#363636', '--color-base-35': '#3f3f3f', '--color-base-40': '#555555',
    '--color-base-50': '#666666', '--color-base-60': '#999999', '--color-base-70': '#b3b3b3', '--color-base-100': '#dadada',
    '--mono-rgb-0': '0, 0, 0', '--mono-rgb-100': '255, 255, 255',
    '--color-red': '#fb464c', '--color-orange': '#e9973f', '--color-yellow': '#e0de71', '--color-green': '#44cf6e',
    '--color-cyan': '#53dfdd', '--color-blue': '#027aff', '--color-purple': '#a882ff', '--color-pink': '#fa99cd',
    '--color-red-rgb': '251, 70, 76', '--color-green-rgb': '68, 207, 110', '--color-blue-rgb': '2, 122, 255', '--color-purple-rgb': '168, 130, 255',
    '--color-accent': 'hsl(258, 88%, 66%)',
    '--color-accent-1': 'hsl(255, 89.76%, 75.9%)',
    '--color-accent-2': 'hsl(253, 92.4%, 85.14%)',
    '--background-primary': 'var(--color-base-00)',
    '--background-primary-alt': 'var(--color-base-10)',
    '--background-secondary': 'var(--color-base-20)',
    '--background-secondary-alt': 'var(--color-base-30)',
    '--background-modifier-hover': 'rgba(var(--mono-rgb-100), 0.067)',
    '--background-modifier-border': 'var(--color-base-30)',
    '--background-modifier-border-hover': 'var(--color-base-35)',
    '--background-modifier-border-focus': 'var(--color-base-40)',
    '--text-normal': 'var(--color-base-100)',
    '--text-muted': 'var(--color-base-70)',
    '--text-faint': 'var(--color-base-50)',
    '--text-accent': 'var(--color-accent-1)',
    '--text-accent-hover': 'var(--color-accent-2)',
    '--interactive-accent': 'var(--color-accent)',
    '--interactive-accent-hover': 'var(--color-accent-1)',
    '--interactive-normal': 'var(--color-base-30)',
  },
};
