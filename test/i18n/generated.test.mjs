/**
 * Every message of the widget has a translation in every locale, as lit-localize itself
 * sees the source (`extract`), and the generated locale modules are current (`build`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = ['nb', 'sv', 'da'];

/** Runs lit-localize with the project's config, writing its output into a scratch folder. */
function runLitLocalize(command) {
  const scratch = mkdtempSync(join(tmpdir(), 'careers-localize-'));
  const config = JSON.parse(readFileSync(join(ROOT, 'locales/lit-localize.json'), 'utf8'));
  for (const locale of LOCALES) cpSync(join(ROOT, `locales/${locale}.xlf`), join(scratch, `${locale}.xlf`));
  const scratchConfig = {
    ...config,
    $schema: undefined,
    tsConfig: join(ROOT, 'tsconfig.json'),
    inputFiles: [join(ROOT, 'src/**/*.ts')],
    output: { ...config.output, outputDir: join(scratch, 'generated') },
    interchange: { ...config.interchange, xliffDir: scratch },
  };
  writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(scratchConfig));
  execFileSync(join(ROOT, 'node_modules/.bin/lit-localize'), [command, '--config', join(scratch, 'lit-localize.json')], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return scratch;
}

test('lit-localize extract finds no message without a target in any locale', () => {
  const scratch = runLitLocalize('extract');
  try {
    for (const locale of LOCALES) {
      const xliff = readFileSync(join(scratch, `${locale}.xlf`), 'utf8');
      const units = xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
      assert.ok(units.length > 15, `${locale}: messages were extracted`);
      const untranslated = units.filter((unit) => !/<target>[\s\S]+?<\/target>/.test(unit));
      assert.deepEqual(untranslated, [], `${locale}.xlf has messages without a target: run npm run localize and translate them`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('the generated locale modules are what lit-localize build makes from the XLIFF files', () => {
  const scratch = runLitLocalize('build');
  try {
    const generated = join(ROOT, 'src/i18n/generated');
    assert.deepEqual(readdirSync(generated).sort(), LOCALES.map((locale) => `${locale}.ts`).sort());
    for (const locale of LOCALES) {
      const fresh = readFileSync(join(scratch, 'generated', `${locale}.ts`), 'utf8');
      assert.equal(readFileSync(join(generated, `${locale}.ts`), 'utf8'), fresh, `${locale}.ts is stale: run npm run localize`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
