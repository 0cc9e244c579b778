import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { termEntrySchema } from '../../../glossary/engine/entry';
import { isOfficialAuthority } from '../../../glossary/data/authorities';
import { buildTermEntries, coverageByDomain, createOpenccConverters, serializeTermBase } from '../../../glossary/data/build-term-base';
import { ALL_SOURCE_TERMS } from '../../../glossary/data/sources';
import { DOMAINS } from '../../../glossary/data/sources/types';
import { repoRoot, seedPhrases, surfacesOf, termBase as entries, termBaseText } from './term-base-fixture';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

test('the term base is a JSON array of valid term entries with at least 300 entries', () => {
  assert.ok(Array.isArray(entries));
  assert.ok(entries.length >= 300, `only ${entries.length} entries`);
  for (const entry of entries) {
    const parsed = termEntrySchema.safeParse(entry);
    assert.ok(parsed.success, `${entry.id}: ${parsed.success ? '' : parsed.error.message}`);
    // Every field the schema would default is written out, so readers need no schema to use the file.
    assert.deepEqual(parsed.data, entry, `${entry.id} relies on schema defaults`);
  }
});

test('ids are unique, readable ASCII, and the file is sorted by id with 2-space indent', () => {
  const ids = entries.map((entry) => entry.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, id);
  assert.deepEqual(ids, [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.equal(termBaseText, serializeTermBase(entries));
  assert.ok(termBaseText.startsWith('[\n  {\n    "id": '));
});

test('the committed file is exactly what the generator writes from the sources', () => {
  const rebuilt = serializeTermBase(buildTermEntries(ALL_SOURCE_TERMS, createOpenccConverters()));
  assert.equal(termBaseText, rebuilt, 'run: node --import tsx glossary/data/generate.ts');
});

test('the generator rejects duplicate ids and invalid entries', () => {
  const [first] = ALL_SOURCE_TERMS;
  assert.ok(first);
  assert.throws(() => buildTermEntries([first, first], createOpenccConverters()), /duplicate term id/);
  assert.throws(() => buildTermEntries([{ ...first, id: 'bad id!' }], createOpenccConverters()), /not a valid TermEntry/);
});

test('every entry cites a source; approved entries cite an official or state-media authority', () => {
  for (const entry of entries) {
    assert.ok(entry.sources.length > 0, `${entry.id} has no source`);
    if (entry.status === 'approved') {
      assert.ok(
        entry.sources.some((source) => isOfficialAuthority(source.authority)),
        `${entry.id} is approved without an official source: ${entry.sources.map((s) => s.authority).join(', ')}`,
      );
    }
    assert.ok(entry.status === 'approved' || entry.status === 'proposed', `${entry.id}: built-in entries are approved or proposed`);
    assert.equal(entry.createdBy, 'duizhao-builtin');
    assert.match(entry.createdAt ?? '', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('forbidden renderings differ from the preferred rendering and the alternates, and give a reason', () => {
  for (const entry of entries) {
    // The target-side check accepts the preferred rendering, the alternates and every historical form.
    const accepted = new Set([entry.en, ...entry.alternates, ...entry.history.map((h) => h.en)].map((text) => text.toLowerCase()));
    for (const forbidden of entry.forbidden) {
      assert.ok(!accepted.has(forbidden.text.toLowerCase()), `${entry.id}: "${forbidden.text}" is both accepted and forbidden`);
      assert.ok(forbidden.reason && forbidden.reason.length > 5, `${entry.id}: "${forbidden.text}" has no reason`);
    }
  }
});

test('entries with a usage history have exactly one current form, equal to the preferred rendering; older forms stay alternates', () => {
  const withHistory = entries.filter((entry) => entry.history.length > 0);
  assert.ok(withHistory.length >= 8, `only ${withHistory.length} entries have a history`);
  for (const entry of withHistory) {
    const current = entry.history.filter((item) => item.until === undefined);
    assert.equal(current.length, 1, `${entry.id} has ${current.length} current forms`);
    assert.equal(current[0]!.en, entry.en, `${entry.id}: the current form is not the preferred rendering`);
    for (const old of entry.history.filter((item) => item.until !== undefined)) {
      assert.ok(entry.alternates.includes(old.en), `${entry.id}: older form "${old.en}" is not kept as an alternate`);
      assert.ok(old.from === undefined || old.from <= old.until!, `${entry.id}: "${old.en}" ends before it starts`);
    }
  }
  for (const id of ['chinese-modernization', 'new-quality-productive-forces', 'new-development-paradigm',
    'full-and-rigorous-party-self-governance', 'fengqiao-experience', 'two-affirmations', 'cuiheng-new-district',
    'shenzhen-zhongshan-link']) {
    assert.ok(withHistory.some((entry) => entry.id === id), `${id} should record its usage history`);
  }
});

test('Traditional variants (Taiwan and Hong Kong standards) are present wherever they differ from the Simplified form', () => {
  for (const entry of entries) {
    const traditional = new Set(entry.variants.filter((v) => v.type === 'traditional').map((v) => v.text));
    const simplifiedForms = [entry.zh, ...entry.variants.filter((v) => v.type !== 'traditional').map((v) => v.text)];
    for (const form of simplifiedForms) {
      for (const converted of [toTaiwan(form), toHongKong(form)]) {
        if (converted !== form) assert.ok(traditional.has(converted), `${entry.id}: missing Traditional form ${converted}`);
      }
    }
  }
  const byZh = new Map(entries.map((entry) => [entry.zh, entry]));
  assert.ok(byZh.get('制造业当家')!.variants.some((v) => v.text === '製造業當家' && v.type === 'traditional'));
  assert.ok(byZh.get('百县千镇万村高质量发展工程')!.variants.some((v) => v.text === '百千萬工程'));
});

test('canonical forms, abbreviations and punctuation variants are Simplified Chinese', () => {
  for (const entry of entries) {
    for (const form of [entry.zh, ...entry.variants.filter((v) => v.type !== 'traditional').map((v) => v.text)]) {
      assert.equal(toSimplified(form), form, `${entry.id}: "${form}" is not Simplified`);
    }
  }
});

test('no Chinese surface form belongs to two entries, so matching is never ambiguous', () => {
  const owner = new Map<string, string>();
  for (const entry of entries) {
    for (const surface of new Set(surfacesOf(entry))) {
      assert.ok(!owner.has(surface), `"${surface}" is in both ${owner.get(surface)} and ${entry.id}`);
      owner.set(surface, entry.id);
    }
  }
});

test('tags are known domains and every domain has entries', () => {
  const known = new Set<string>(DOMAINS);
  for (const entry of entries) {
    assert.ok(entry.tags.length > 0, `${entry.id} has no domain`);
    for (const tag of entry.tags) assert.ok(known.has(tag), `${entry.id}: unknown tag ${tag}`);
  }
  for (const domain of DOMAINS) assert.ok(entries.some((entry) => entry.tags.includes(domain)), `no entry tagged ${domain}`);
});

test('the known machine-translation errors are forbidden', () => {
  const forbiddenOf = (zh: string) => {
    const entry = entries.find((candidate) => surfacesOf(candidate).includes(zh));
    assert.ok(entry, `no entry for ${zh}`);
    return entry.forbidden.map((f) => f.text);
  };
  assert.ok(forbiddenOf('百千万工程').includes('Millions of Projects'));
  assert.ok(forbiddenOf('深中通道').includes('Shenzhen-Zhongshan Channel'));
  assert.ok(forbiddenOf('两个维护').includes('two maintenances'));
  assert.ok(forbiddenOf('主题教育').includes('theme education'));
});

test('generic city terms (市委书记, 市人大常委会 …) name no city; Zhongshan\'s own forms are entries of their own', () => {
  const local = (entry: (typeof entries)[number]) => entry.tags.includes('zhongshan') || entry.tags.includes('meizhou');
  const generic = entries.filter((entry) => (entry.zh.startsWith('市') && !local(entry)) || entry.id === 'federation-industry-commerce');
  assert.ok(generic.length >= 12, `only ${generic.length} generic city terms`);
  for (const entry of generic) {
    for (const text of [entry.en, ...entry.alternates, ...entry.history.map((h) => h.en)]) {
      assert.doesNotMatch(text, /Zhongshan|Meizhou|Shenzhen|Zhanjiang|Zhuhai|Guangzhou/, `${entry.id} offers "${text}"`);
    }
    assert.doesNotMatch(entry.note ?? '', /Zhongshan|Meizhou/, `${entry.id}: the note names a city of the seeds`);
  }
  const zhongshan: Array<[string, string]> = [
    ['中山市委书记', 'secretary of the CPC Zhongshan Municipal Committee'],
    ['中山市委常委会', 'the Standing Committee of the CPC Zhongshan Municipal Committee'],
    ['中山市人大常委会', "the Standing Committee of the Zhongshan Municipal People's Congress"],
    ['中山市委经济工作会议', 'the economic work conference of the CPC Zhongshan Municipal Committee'],
  ];
  for (const [zh, en] of zhongshan) {
    const entry = entries.find((candidate) => candidate.zh === zh);
    assert.equal(entry?.en, en, zh);
    assert.ok(entry.tags.includes('zhongshan'), zh);
  }
});

// ---- coverage of the seed articles -------------------------------------------------------------

const fixturesDir = `${repoRoot}test/fixtures/`;
const seedPhraseRows = seedPhrases;

/** Seed article text reduced to what the phrases are compared on: Simplified, no inline pinyin, no spaces or punctuation. */
function comparable(text: string): string {
  const withoutPinyin = text.replace(/\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g, '');
  return toSimplified(withoutPinyin).replace(/[\s\p{P}\p{S}]/gu, '');
}
const seedArticles = new Map(
  readdirSync(fixturesDir)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .map((name) => [name.slice(0, 3), comparable(readFileSync(fixturesDir + name, 'utf8'))] as const),
);

test('every phrase of the research seed list is covered by an entry (canonical form or variant)', () => {
  assert.equal(seedPhraseRows.length, 164);
  const surfaces = new Set(entries.flatMap(surfacesOf));
  const missing = seedPhraseRows.filter((row) => !surfaces.has(row.zh)).map((row) => row.zh);
  assert.deepEqual(missing, []);
});

test('every seed phrase occurs in the seed articles the research lists for it', () => {
  assert.equal(seedArticles.size, 5);
  for (const row of seedPhraseRows) {
    for (const article of row.occursIn) {
      const text = seedArticles.get(article);
      assert.ok(text, `no seed article ${article}`);
      assert.ok(text.includes(comparable(row.zh)), `${row.zh} not found in seed ${article}`);
    }
  }
});

test('the README coverage table matches the term base', () => {
  const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
  const section = /<!-- term-base-coverage -->\n([\s\S]*?)<!-- \/term-base-coverage -->/.exec(readme);
  assert.ok(section, 'README has no term-base coverage block');
  const approved = entries.filter((entry) => entry.status === 'approved').length;
  assert.ok(section[1]!.startsWith(`${entries.length} entries: ${approved} approved, ${entries.length - approved} proposed`));
  for (const row of coverageByDomain(entries)) {
    assert.ok(section[1]!.includes(`| ${row.domain} | ${row.total} | ${row.approved} | ${row.proposed} |`), `README row for ${row.domain} is stale`);
  }
});
