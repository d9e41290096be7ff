/** The engine this test file runs in, for the few tests that must know (each says why where it asks). */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';
