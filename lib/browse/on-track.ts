/**
 * Whether a role is on the chosen track (`none`: on no track); every role is, when no track is chosen. The matrix
 * and the roles list filter by the same rule. A module of its own, so the roles list's bundle carries nothing else.
 */
export const onTrack = (role: { track: { slug: string } | null }, track: string | undefined) =>
  !track || (track === 'none' ? role.track === null : role.track?.slug === track)
