/** The Espace Surveillant's addresses. */
export const invigilatorHome = '/surveillance'
export const sessionPath = (sessionId: string) => `/surveillance/sessions/${encodeURIComponent(sessionId)}`
