/**
 * Where tests find the real postings: the folder in CAREERS_CORPUS, else ../shared/corpus/career
 * beside the repository. Read-only, never copied; tests that need it skip with CORPUS_ABSENT.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CORPUS = process.env.CAREERS_CORPUS ? resolve(process.env.CAREERS_CORPUS) : resolve(ROOT, '../shared/corpus/career');
export const corpusPresent = existsSync(CORPUS);
export const CORPUS_ABSENT = `the corpus (${CORPUS}) is absent: its tests are skipped (set CAREERS_CORPUS to the folder of the postings)`;
