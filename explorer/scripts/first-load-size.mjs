// What a browser downloads to show the explorer's first page: index.html and the scripts and
// styles it names (entry, preloaded chunks, CSS), each gzipped as a server would send it.
// Views loaded later (the network view's Cytoscape) are listed apart. Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'target/dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

let total = gz('index.html');
console.log(`index.html ${kb(total)}`);
for (const file of named) {
  const size = gz(file);
  total += size;
  console.log(`${file} ${kb(size)}`);
}
console.log(`first load, gzip: ${kb(total)}`);
const later = readdirSync(join(dist, 'assets')).filter((f) => f.startsWith('NetworkView-'));
for (const file of later) {
  console.log(`later, when a network is opened: assets/${file} ${kb(gz(join('assets', file)))}`);
}
