import type { ElementRule } from './xml-rules';

/**
 * The parts of the XLIFF 2.0 core schema (xliff_core_2.0.xsd) and the XLIFF 1.2 schema
 * (xliff-core-1.2-strict.xsd) that Duizhao's files use: required elements, their order, required and
 * allowed attributes and enumerated values.
 */
const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const nmtoken = /^[\p{L}\p{N}_.:-]+$/u;
const yesNo = /^(yes|no)$/;

export const XLIFF20_RULES: Record<string, ElementRule> = {
  xliff: { children: /^(file( |$))+$/, required: ['version', 'srcLang'], optional: ['trgLang', 'xml:space'], values: { version: /^2\.0$/, srcLang: lang, trgLang: lang } },
  file: { children: /^(skeleton )?(notes )?((unit|group)( |$))+$/, required: ['id'], optional: ['original', 'canResegment', 'translate', 'srcDir', 'trgDir', 'xml:space'], values: { id: nmtoken, translate: yesNo } },
  notes: { children: /^(note( |$))+$/ },
  note: { children: /^$/, optional: ['id', 'appliesTo', 'category', 'priority'], values: { appliesTo: /^(source|target)$/ }, text: true },
  unit: {
    children: /^(notes )?(originalData )?((segment|ignorable)( |$))+$/,
    required: ['id'],
    optional: ['name', 'canResegment', 'translate', 'srcDir', 'trgDir', 'xml:space', 'type'],
    values: { id: nmtoken, translate: yesNo },
  },
  segment: {
    children: /^source( target)?$/,
    optional: ['id', 'canResegment', 'state', 'subState'],
    values: { id: nmtoken, state: /^(initial|translated|reviewed|final)$/, subState: /^[^:\s]+:.+$/ },
  },
  ignorable: { children: /^source( target)?$/, optional: ['id'] },
  source: { children: /^$/, optional: ['xml:lang', 'xml:space'], values: { 'xml:space': /^(default|preserve)$/ }, text: true },
  target: { children: /^$/, optional: ['xml:lang', 'xml:space', 'order'], values: { 'xml:space': /^(default|preserve)$/ }, text: true },
};

export const XLIFF12_RULES: Record<string, ElementRule> = {
  xliff: { children: /^(file( |$))+$/, required: ['version'], optional: ['xml:lang'], values: { version: /^1\.2$/ } },
  file: {
    children: /^(header )?body$/,
    required: ['original', 'source-language', 'datatype'],
    optional: ['target-language', 'tool-id', 'date', 'xml:space', 'category', 'product-name', 'product-version', 'build-num'],
    values: { 'source-language': lang, 'target-language': lang, date: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/ },
  },
  header: { children: /^(skl )?(phase-group )?((glossary|reference|count-group|tool|prop-group|note)( |$))*$/ },
  tool: { children: /^$/, required: ['tool-id', 'tool-name'], optional: ['tool-version', 'tool-company'] },
  body: { children: /^((group|trans-unit|bin-unit)( |$))*$/ },
  'trans-unit': {
    children: /^source( seg-source)?( target)?(( (context-group|count-group|prop-group|note|alt-trans))*)$/,
    required: ['id'],
    optional: ['approved', 'translate', 'reformat', 'xml:space', 'datatype', 'ts', 'phase-name', 'restype', 'resname', 'extradata', 'extype', 'help-id', 'menu', 'menu-option', 'menu-name', 'coord', 'font', 'css-style', 'style', 'exstyle', 'size-unit', 'maxwidth', 'minwidth', 'maxheight', 'minheight', 'maxbytes', 'minbytes', 'charclass'],
    values: { approved: yesNo, translate: yesNo, 'xml:space': /^(default|preserve)$/, restype: /^(x-.+|auto3state|autocheckbox|autoradiobutton|bedit|bitmap|button|caption|cell|checkbox|checkboxmenuitem|checkedlistbox|colorchooser|combobox|comboboxexitem|comboboxitem|component|contextmenu|ctext|cursor|datetimepicker|defpushbutton|dialog|dlginit|edit|file|filechooser|fn|font|footer|frame|grid|groupbox|header|heading|hedit|hscrollbar|icon|iedit|keywords|label|linklabel|list|listbox|listitem|ltext|menu|menubar|menuitem|menuseparator|message|monthcalendar|numericupdown|panel|popupmenu|pushbox|pushbutton|radio|radiobuttonmenuitem|rcdata|row|rtext|scrollpane|separator|shortcut|spinner|splitter|state3|statusbar|string|tabcontrol|table|textbox|togglebutton|toolbar|tooltip|trackbar|tree|uri|userbutton|usercontrol|var|versioninfo|vscrollbar|window)$/ },
  },
  source: { children: /^$/, optional: ['xml:lang', 'ts'], text: true },
  target: {
    children: /^$/,
    optional: ['xml:lang', 'state', 'state-qualifier', 'phase-name', 'ts', 'resname', 'restype', 'coord', 'font', 'css-style', 'style', 'exstyle', 'equiv-trans'],
    values: { state: /^(final|needs-adaptation|needs-l10n|needs-review-adaptation|needs-review-l10n|needs-review-translation|needs-translation|new|signed-off|translated|x-.+)$/ },
    text: true,
  },
  note: { children: /^$/, optional: ['xml:lang', 'from', 'priority', 'annotates'], values: { annotates: /^(source|target|general)$/ }, text: true },
};
