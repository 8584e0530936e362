import type { Metadata } from 'next'
import { PageIntro } from '@/components/section'
import { ProfileWorkspace } from '@/components/profile/profile-workspace'
import { getContentVersion } from '@/lib/queries/content-version'
import { getProfileContent } from '@/lib/queries/profile'
import { HISTORY_MAX } from '@/lib/profile/schema'

const description = 'Your skill levels, current and target role, and their history, kept in your own browser.'

export const metadata: Metadata = { title: 'Your profile', description, robots: { index: false } }

export default async function ProfilePage() {
  const [content, version] = await Promise.all([getProfileContent(), getContentVersion()])
  return (
    <div className="space-y-8">
      <PageIntro eyebrow="Your profile" title="Where you stand, kept with you" lead={description}>
        <p className="max-w-3xl card text-sm">
          <span className="font-semibold">What is kept, and where.</span> Your levels, your current and target role, and a
          dated snapshot of each save (the last {HISTORY_MAX}) are stored in this browser&apos;s local storage, on this device only.
          There is no account and nothing is sent to the site&apos;s server. Nothing leaves the browser unless you share a
          link or export a file yourself, and deleting the profile removes all of it.
        </p>
      </PageIntro>
      <noscript>
        <p className="rounded-lg border border-warn bg-warn-soft p-4">The profile lives in your browser and needs JavaScript to read and save it.</p>
      </noscript>
      <ProfileWorkspace content={content} version={version} />
    </div>
  )
}
