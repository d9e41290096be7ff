// Logs the widget's public events, as a host's analytics would hear them on document.
for (const type of ['careers-load', 'careers-view', 'careers-apply', 'careers-error'] as const) {
  document.addEventListener(type, (event) => console.info(type, (event as CustomEvent).detail));
}
