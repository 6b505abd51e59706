/**
 * Below this share of the expected units reporting (in percent), an indicator value gets no verdict
 * (status 'insufficient'; indicator-coverage.ts). Plain code shared with the web app.
 */
export const COVERAGE_MIN_PERCENT = 80;
