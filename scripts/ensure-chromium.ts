import { CHROMIUM_PATH } from '@/lib/chromium'
import { ensureDebianPackagesOrExit } from './lib/debian-package'

// Browser tests need Debian's Chromium: Playwright's own browser download cannot reach its host from here.
ensureDebianPackagesOrExit({
  purpose: 'The browser tests need Chromium',
  binaries: [CHROMIUM_PATH],
  packages: ['chromium'],
  alternative: 'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  installable: CHROMIUM_PATH === '/usr/bin/chromium',
})
