import { stemmer } from 'stemmer';

/**
 * English words reduced to comparable keys: lower-cased Porter stems, with function words dropped and
 * the commonest irregular verb forms mapped to their base (so "said" meets CC-CEDICT's "to say").
 */
const STOPWORDS = new Set(
  ('a an the and or but nor of to in on at by for with from as into onto upon about over under than then ' +
    'that this these those it its it\'s is are was were be been being am do does did done have has had ' +
    'having will would shall should can could may might must not no yes so such there here which who whom ' +
    'whose what when where why how all any both each few more most other some own same too very just also ' +
    'only even ever again once i me my we us our you your he him his she her they them their one\'s ' +
    'if because while though although until unless since per via etc sb sth someone something somebody ' +
    'oneself lit fig abbr esp usu used variant see also surname classifier cl old kind type form')
    .split(/\s+/),
);

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', went: 'go', gone: 'go', goes: 'go', came: 'come', saw: 'see', seen: 'see',
  took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give', got: 'get', gotten: 'get',
  knew: 'know', known: 'know', thought: 'think', told: 'tell', felt: 'feel', left: 'leave', kept: 'keep',
  held: 'hold', brought: 'bring', bought: 'buy', began: 'begin', begun: 'begin', ran: 'run', sat: 'sit',
  stood: 'stand', understood: 'understand', wrote: 'write', written: 'write', spoke: 'speak',
  spoken: 'speak', ate: 'eat', eaten: 'eat', drank: 'drink', fell: 'fall', fallen: 'fall', found: 'find',
  lost: 'lose', met: 'meet', paid: 'pay', sent: 'send', spent: 'spend', slept: 'sleep', won: 'win',
  built: 'build', heard: 'hear', led: 'lead', meant: 'mean', sold: 'sell', taught: 'teach',
  fought: 'fight', caught: 'catch', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive',
  flew: 'fly', grew: 'grow', grown: 'grow', hid: 'hide', hit: 'hit', lay: 'lie', lain: 'lie', rose: 'rise',
  risen: 'rise', struck: 'strike', threw: 'throw', thrown: 'throw', wore: 'wear', woke: 'wake',
  children: 'child', men: 'man', women: 'woman', people: 'people', feet: 'foot', teeth: 'tooth',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad',
};

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;

export interface EnglishWord {
  /** Comparable key (stem), or undefined for a function word. */
  stem: string;
  /** Lower-case surface form without apostrophes: matched against pinyin of names. */
  plain: string;
  capitalized: boolean;
}

/** `stems` memoises stemming within one alignment run (the same words recur thousands of times). */
export function englishWords(text: string, stems?: Map<string, string>): EnglishWord[] {
  const words: EnglishWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0].replace(/’/g, "'");
    const lower = surface.toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    const base = lower.replace(/'s$/, '');
    if (STOPWORDS.has(base) || base.length < 2) continue;
    for (const part of base.split('-')) {
      if (part.length < 2 || STOPWORDS.has(part)) continue;
      let stem = stems?.get(part);
      if (stem === undefined) {
        stem = stemOf(part);
        stems?.set(part, stem);
      }
      words.push({ stem, plain: part.replace(/'/g, ''), capitalized: /^[A-Z]/.test(surface) });
    }
  }
  return words;
}

export function stemOf(lowerWord: string): string {
  return IRREGULAR[lowerWord] ?? stemmer(lowerWord);
}

/** The content words of a dictionary gloss: "to develop; development (of sth)" → develop, develop. */
export function glossStems(gloss: string): string[] {
  const cleaned = gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\bCL:\S*/g, ' ')
    .replace(/[|]\S*/g, ' ');
  return englishWords(cleaned).map((w) => w.stem);
}
