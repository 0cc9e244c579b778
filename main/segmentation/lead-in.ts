/**
 * A news lead-in at the start of a body paragraph: `本报讯（记者 陈伟祺 郭锦润）`, `新华社北京1月4日电`,
 * `（记者 张三）`. It is a dateline/byline, not part of the first sentence, so it becomes its own
 * segment (kind `dateline`) that the translator can render as "By ..." or skip.
 * Returns the length of the lead-in, 0 when there is none.
 */
const LEAD_IN = /^(?:(?:本报讯|(?:本报|新华社|中新社|中新网|人民网|央视网|南方日报|羊城晚报)[^，。！？\s（(]{0,16}电)\s*)?(?:[（(](?:记者|通讯员|本报记者|见习记者)[^（()）。]{1,40}[）)])?/;

export function leadInLength(paragraph: string): number {
  const match = LEAD_IN.exec(paragraph);
  const length = match?.[0].length ?? 0;
  // Only a lead-in when a sentence follows it.
  return length > 0 && length < paragraph.length ? length : 0;
}
