/** One accent colour on greys, and the fonts the reader's system already has (no web-font request). */
export const emailTheme = {
  accent: '#0b5cab',
  background: '#f2f4f7',
  border: '#e4e7ec',
  fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  muted: '#5b6472',
  onAccent: '#ffffff',
  panel: '#f6f8fb',
  surface: '#ffffff',
  text: '#1f2937',
  width: 600,
} as const

