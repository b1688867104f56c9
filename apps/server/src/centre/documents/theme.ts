/** The look shared by the session documents: sober, legible once printed in black and white. */
export const COLOUR = {
  ink: '#1a2233',
  muted: '#5b6473',
  rule: '#c3c9d2',
  stripe: '#f3f5f8',
  invigilator: '#1d3c78',
  invigilatorTint: '#eef2fa',
  candidate: '#0d6b5f',
  candidateTint: '#ebf6f3',
  white: '#ffffff',
} as const

/** A4 in PostScript points. */
export const PAGE = { width: 595.28, height: 841.89 } as const
