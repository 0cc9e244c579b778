/** Dates as the exchange formats want them. */

/** TMX: `YYYYMMDDThhmmssZ` (ISO 8601 basic format, UTC). */
export function tmxDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return tmxDate(new Date(0));
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Back from `YYYYMMDDThhmmssZ` (or any ISO 8601 date) to ISO, or undefined when it is not a date. */
export function parseTmxDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const basic = value.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  const date = basic ? new Date(`${basic[1]}-${basic[2]}-${basic[3]}T${basic[4]}:${basic[5]}:${basic[6]}Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** XLIFF 1.2 `date` (xsd:dateTime) without milliseconds. */
export function xsdDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
