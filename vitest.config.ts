import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

/** Debian's Chromium (`apt-get install chromium`); a browser download cannot work on these machines. */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Browser mode in Debian's headless Chromium (a fresh provider per project). */
const headlessChromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromium, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  resolve: { conditions: ['source'] },
  optimizeDeps: { include: ['axe-core', 'modern-screenshot'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    // A poll waits up to 5 s (default 1 s): CI shares a busy machine; a passing poll returns at once.
    expect: { poll: { timeout: 5_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['packages/ui/**', '**/node_modules/**', '**/*.browser.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        // As a site's bundler resolves for a browser (core's `#built-in-locales`: the English catalog loads on first use).
        resolve: { conditions: ['source', 'browser'] },
        test: {
          name: 'browser',
          globalSetup: ['packages/ui/test/global-setup.ts'],
          include: ['packages/ui/src/**/*.test.ts', 'examples/server/src/client/**/*.browser.test.ts'],
          testTimeout: 30_000,
          browser: headlessChromium(),
        },
      },
      {
        // Every story of .storybook/main.ts as a test in Chromium; an a11y violation fails it.
        extends: true,
        plugins: [storybookTest({ configDir: `${import.meta.dirname}/.storybook`, storybookUrl: 'http://127.0.0.1:6006' })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          browser: headlessChromium(),
        },
      },
    ],
  },
});
