/**
 * The card of a frame a posting embeds (careers-embed), with what it knows of videos and forms:
 * loaded on demand when a body holds one (the entry file registers it; nothing here has side effects).
 */
import { CareersEmbed } from './components/careers-embed/careers-embed.js';

export const EMBED_ELEMENTS = { 'careers-embed': CareersEmbed };

export { CareersEmbed };
