import type { TestProject } from 'vitest/node'
import { prepareReleaseB } from '@/scripts/bench/release-b'
import { prepareRelease, type Release } from '@/scripts/cluster/release'
import { SERVING_TOOLS } from '@/scripts/cluster/tools'
import { ensureDebianPackages } from '@/scripts/lib/debian-package'

declare module 'vitest' {
  export interface ProvidedContext {
    releaseA: Release
    releaseB: Release
  }
}

// Both releases are built once and kept in .next-cluster/ under a hash of their inputs: a rerun skips the builds.
export default function setup(project: TestProject) {
  ensureDebianPackages(SERVING_TOOLS)
  project.provide('releaseA', prepareRelease())
  project.provide('releaseB', prepareReleaseB())
}
