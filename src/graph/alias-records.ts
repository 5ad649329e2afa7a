/** One stored alias record (`name⇥lang⇥script⇥kind`), read back. */
export interface AliasRecord {
  name: string;
  lang: string;
  script: string;
  kind: string;
}

export function readAliases(records: unknown): AliasRecord[] {
  if (!Array.isArray(records)) return [];
  return records.map((record: string) => {
    const [name = "", lang = "", script = "", kind = "variant"] = record.split("\t");
    return { name, lang, script, kind };
  });
}
