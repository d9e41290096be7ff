/**
 * Prints, after a run, how long each test file took in each browser (from its page opening to its
 * last result), slowest first: where the suite's time goes, so that speeding it up starts from a
 * measurement. `CAREERS_TEST_TIMES=N` lists N files a browser (default 5; 0 prints nothing).
 */
export function fileTimesReporter({ count = Number(process.env.CAREERS_TEST_TIMES ?? 5) } = {}) {
  const started = new Map();
  const took = new Map();
  return {
    start({ sessions, startTime }) {
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        // The first pages start before the reporter hears of it: they count from the run's start.
        if (session.status === 'FINISHED') took.set(session.id, { session, ms: Date.now() - (started.get(session.id) ?? startTime) });
      });
    },
    onTestRunFinished() {
      if (!count) return;
      const byBrowser = new Map();
      for (const entry of took.values()) byBrowser.set(entry.session.browser.name, [...(byBrowser.get(entry.session.browser.name) ?? []), entry]);
      for (const [browser, files] of byBrowser) {
        const total = files.reduce((sum, { ms }) => sum + ms, 0);
        console.log(`\n${browser}: ${files.length} files, ${(total / 1000).toFixed(0)} s of page time; slowest:`);
        for (const { session, ms } of files.sort((a, b) => b.ms - a.ms).slice(0, count)) {
          console.log(`  ${(ms / 1000).toFixed(1).padStart(7)} s  ${session.testFile.replace(`${process.cwd()}/`, '')}`);
        }
      }
    },
  };
}
