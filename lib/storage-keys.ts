// Everything the site keeps in a browser's localStorage sits under one prefix, so deleting a profile can clear all
// of it. Each key is named here once.
export const STORAGE_PREFIX = 'mlops-atlas.'
export const QUIZ_STORAGE_KEY = `${STORAGE_PREFIX}quiz.v1`
export const PROFILE_STORAGE_KEY = `${STORAGE_PREFIX}profile`
/** The code of the last result this browser's quiz produced, so its result page can tell its taker from a visitor. */
export const QUIZ_RESULT_KEY = `${STORAGE_PREFIX}quiz.result`
