import type { ElementRule } from './xml-rules';

/**
 * The TMX 1.4b DTD (LISA OSCAR, "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN") written as
 * rules: content models, #REQUIRED and #IMPLIED attributes, the segtype and pos enumerations.
 */
const segtype = /^(block|paragraph|sentence|phrase)$/;
const inline = '(bpt|ept|ph|it|hi|ut)';
const common = ['o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion', 'creationdate', 'creationid', 'changedate', 'changeid', 'o-tmf'];

export const TMX14_RULES: Record<string, ElementRule> = {
  tmx: { children: /^header body$/, required: ['version'], values: { version: /^1\.4$/ } },
  header: {
    children: /^((note|prop|ude)( |$))*$/,
    required: ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'],
    optional: ['o-encoding', 'creationdate', 'creationid', 'changedate', 'changeid'],
    values: { segtype },
  },
  body: { children: /^(tu( |$))*$/ },
  note: { children: /^$/, optional: ['o-encoding', 'xml:lang', 'lang'], text: true },
  ude: { children: /^(map( |$))+$/, required: ['name'], optional: ['base'] },
  map: { children: /^$/, required: ['unicode'], optional: ['code', 'ent', 'subst'] },
  prop: { children: /^$/, required: ['type'], optional: ['xml:lang', 'o-encoding', 'lang'], text: true },
  tu: { children: /^((note|prop) )*tuv( tuv)*$/, optional: ['tuid', ...common, 'segtype', 'srclang'], values: { segtype } },
  tuv: { children: /^((note|prop) )*seg$/, required: ['xml:lang'], optional: [...common, 'lang'] },
  seg: { children: new RegExp(`^(${inline}( |$))*$`), text: true },
  bpt: { children: /^(sub( |$))*$/, required: ['i'], optional: ['x', 'type'], text: true },
  ept: { children: /^(sub( |$))*$/, required: ['i'], text: true },
  sub: { children: new RegExp(`^(${inline}( |$))*$`), optional: ['datatype', 'type'], text: true },
  it: { children: /^(sub( |$))*$/, required: ['pos'], optional: ['x', 'type'], values: { pos: /^(begin|end)$/ }, text: true },
  ph: { children: /^(sub( |$))*$/, optional: ['x', 'assoc', 'type'], text: true },
  hi: { children: new RegExp(`^(${inline}( |$))*$`), optional: ['x', 'type'], text: true },
  ut: { children: /^(sub( |$))*$/, optional: ['x'], text: true },
};
