// The readiness reporter for a child suite run, writing to CGL_SELFTEST_READINESS_DIR: runSuite() replaces the
// config's reporters with --reporter=json, and Playwright adds the reporter named by PW_TEST_REPORTER (the
// hook its VS Code extension uses) after those, with no options: this module supplies the folder.
import ReadinessReporter from '../../src/report/reporter.ts';

export default class SelftestReadinessReporter extends ReadinessReporter {
  constructor() {
    const outputDir = process.env.CGL_SELFTEST_READINESS_DIR;
    if (!outputDir) throw new Error('selftest readiness reporter: set CGL_SELFTEST_READINESS_DIR');
    super({ outputDir });
  }
}
