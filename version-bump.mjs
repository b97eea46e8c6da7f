// Run by `npm version`: copies the new version into manifest.json and records its minAppVersion in versions.json.
import { readFileSync, writeFileSync } from 'node:fs';

const targetVersion = process.env.npm_package_version;
if (!targetVersion) throw new Error('version-bump.mjs runs from `npm version`, which sets npm_package_version.');

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync('manifest.json', JSON.stringify(manifest, null, 2) + '\n');

// Every released version is listed with the oldest Obsidian it runs on: Obsidian reads this file to offer an
// older app the newest release it can run, and the release check wants the tag's own entry.
const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[targetVersion] = minAppVersion;
writeFileSync('versions.json', JSON.stringify(versions, null, 2) + '\n');
