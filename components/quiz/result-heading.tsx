'use client'

import { IntentLink } from '@/components/intent-link'
import { useEffect, useState } from 'react'
import { QUIZ_RESULT_KEY } from '@/lib/storage-keys'

const LINK = 'ulink'

/**
 * The result page speaks to whoever opened it: the person whose quiz produced this code in this browser, or
 * someone the link was shared with, who is offered the quiz for themselves. Until the browser is read, the
 * page says what is true for both.
 */
export function ResultHeading({ code, movesHref }: { code: string; movesHref: string }) {
  const [whose, setWhose] = useState<'unknown' | 'mine' | 'shared'>('unknown')
  useEffect(() => setWhose(window.localStorage.getItem(QUIZ_RESULT_KEY) === code ? 'mine' : 'shared'), [code])
  return (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
        {whose === 'mine' ? 'Your quiz result' : whose === 'shared' ? 'A quiz result shared with you' : 'Quiz result'}
      </h1>
      <p className="max-w-3xl text-lg text-muted">
        {whose === 'shared'
          ? 'Someone took the quiz and shared this link: the result below is theirs, scored against the skills matrix. '
          : 'Scored against the skills matrix. The link holds the answers, so it shows this same result on any device. '}
        {whose === 'shared' ? (
          <IntentLink href="/quiz" className={LINK}>Take the quiz yourself</IntentLink>
        ) : (
          <>
            <IntentLink href="/quiz" className={LINK}>Change my answers</IntentLink>
            {' · '}
            <a href={movesHref} className={LINK}>Plan your moves</a>
          </>
        )}
      </p>
    </header>
  )
}
