// The one shape of a slug: content file names, page addresses and API parameters all use it, so a slug the
// content accepts is always one a URL can carry. Plain constants, so browser code can use them with zod/mini.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 80
export const SLUG_HINT = 'a kebab-case slug (a-z, 0-9 and single dashes)'
