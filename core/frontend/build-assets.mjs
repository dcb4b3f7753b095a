// Builds the files the pages load: each is copied under a name that carries a hash of its content, so the server can
// let browsers keep them for a year (a changed file gets a new name). Stylesheets are rewritten to point at the hashed
// names of the fonts and images they use, and only those are copied. manifest.json maps the names templates ask for
// ("dkfds.css") to the hashed file, and lists every file the server may hand out.
//
//   node build-assets.mjs <unpacked webjars folder> <output folder>
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

const [webjars, out] = process.argv.slice(2);
if (!webjars || !out) {
    console.error('usage: node build-assets.mjs <webjars folder> <output folder>');
    process.exit(2);
}

const dkfds = 'node_modules/dkfds/dist';

/** The one version folder of a WebJar, e.g. webjars/htmx.org/2.0.10, so the version is said once, in the POM. */
function webjar(name) {
    const folder = join(webjars, name);
    const versions = existsSync(folder) ? readdirSync(folder) : [];
    if (versions.length !== 1) {
        throw new Error(`expected exactly one unpacked version of the ${name} WebJar in ${folder}, found ${versions}`);
    }
    return join(folder, versions[0]);
}

// name the templates use -> source file
const entries = {
    'dkfds.css': join(dkfds, 'css/dkfds.min.css'),
    'dkfds.js': join(dkfds, 'js/dkfds.min.js'),
    'icons.svg': join(dkfds, 'img/all-svg-icons.svg'),
    'spor.css': 'src/spor.css',
    'nojs.css': 'src/nojs.css',
    'spor.js': 'src/spor.js',
    'profile-chart.js': 'src/profile-chart.js',
    'htmx.js': join(webjar('htmx.org'), 'dist/htmx.min.js'),
    'chart.js': join(webjar('chart.js'), 'dist/chart.umd.min.js'),
    'charts.js': 'src/charts.js',
};

const files = new Map(); // hashed name -> content
const bySource = new Map(); // absolute source path -> hashed name

function hashedName(source, content) {
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
    const ext = extname(source);
    const stem = basename(source, ext).replace(/\.min$/, '');
    return `${stem}.${hash}${ext}`;
}

function add(source) {
    const path = resolve(source);
    if (bySource.has(path)) {
        return bySource.get(path);
    }
    let content = readFileSync(path);
    if (path.endsWith('.css')) {
        content = Buffer.from(rewriteCss(path, content.toString('utf8')), 'utf8');
    } else if (path.endsWith('.js')) {
        content = Buffer.from(stripSourceMap(content.toString('utf8')), 'utf8');
    }
    const name = hashedName(path, content);
    const earlier = files.get(name);
    if (earlier && !earlier.equals(content)) {
        throw new Error(`two different files would both be served as ${name}`);
    }
    files.set(name, content);
    bySource.set(path, name);
    return name;
}

// the browser would ask for a source map that is not served
function stripSourceMap(text) {
    return text.replace(/\/[*/][#@] sourceMappingURL=[^\s*]+(\s*\*\/)?/g, '');
}

// url(../fonts/x.woff2?v=1#iefix) -> url(x.<hash>.woff2?v=1#iefix), relative to the stylesheet, which is served from
// the same folder
function rewriteCss(path, text) {
    return stripSourceMap(text).replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, quote, ref) => {
        if (/^(data:|https?:|#|\/)/.test(ref)) {
            return whole;
        }
        const cut = ref.search(/[?#]/);
        const file = cut < 0 ? ref : ref.slice(0, cut);
        const suffix = cut < 0 ? '' : ref.slice(cut);
        const target = resolve(dirname(path), file);
        if (!existsSync(target)) {
            throw new Error(`${path} refers to ${ref}, which does not exist`);
        }
        return `url(${quote}${add(target)}${suffix}${quote})`;
    });
}

const manifest = { entries: {}, files: [] };
for (const [name, source] of Object.entries(entries)) {
    manifest.entries[name] = add(source);
}
manifest.files = [...files.keys()].sort();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, content] of files) {
    writeFileSync(join(out, name), content);
}
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`page assets: ${files.size} files in ${out}`);
