/** Every element the package defines. */
export const ALL_TAGS = [
  'careers-widget',
  'careers-job-card',
  'careers-job-posting',
  'careers-accordion',
  'careers-contact-card',
  'careers-apply-button',
  'careers-embed',
];
