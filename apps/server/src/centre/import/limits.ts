/** Beyond these, a file is refused before its content is looked at. */
export const MAX_CANDIDATE_FILE_BYTES = 2 * 1024 * 1024
export const MAX_CANDIDATE_FILE_ROWS = 2_000
