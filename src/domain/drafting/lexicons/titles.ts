/**
 * Offices, so that "Secretary of State at the Ministry of …" is read as a position
 * and the words before a name are not taken for the name. Thai and Khmer titles
 * carry their usual English form, which the annotation format asks for.
 */

/** English words that make up offices; a run of them before or after a name is the title. */
export const TITLE_WORDS_EN = new Set(
  [
    "minister", "ministers", "deputy", "vice", "prime", "foreign", "secretary", "secretary-general", "under-secretary", "undersecretary", "state", "permanent",
    "director", "director-general", "directors-general", "general", "executive", "president", "chairman", "chairwoman", "chairperson", "chair", "king", "queen",
    "prince", "princess", "ambassador", "senator", "governor", "spokesperson", "spokesman", "spokeswoman", "head", "chief", "senior", "commander", "lieutenant",
    "colonel", "admiral", "sultan", "premier", "mayor", "envoy", "representative", "counsellor", "counselor", "consul", "consul-general", "delegate", "officer",
    "advisor", "adviser", "leader", "assistant", "acting", "special", "eminent", "person", "fellow", "research", "researcher", "visiting", "analyst", "professor",
    "lecturer", "official", "officials", "expert", "photographer", "journalist", "reporter", "editor", "founder", "member", "speaker", "defence", "defense",
    "interior", "justice", "finance", "commerce", "trade", "health", "education", "labour", "labor", "information", "tourism", "culture", "agriculture",
    "environment", "planning", "emperor", "empress", "crown", "his", "her", "majesty", "royal", "highness",
  ],
);

/** Lower-case office words that, after a name and a comma or dash, show the name is a person's: "Heng Kimkong, a visiting senior research fellow". */
export const APPOSITIVE_TITLE_HEADS_EN = /^(?:a|an|the)?\s*(?:(?:former|acting|visiting|senior|deputy|vice|permanent|assistant|executive|chief|special|first|second|regional|political|foreign|prime|defence|defense|research)\s+)*(?:minister|secretary|director|director-general|ambassador|president|chairman|chair|chairperson|spokesperson|spokesman|spokeswoman|head|chief|envoy|representative|official|adviser|advisor|fellow|researcher|analyst|professor|lecturer|expert|governor|senator|leader|commander|photographer|journalist|undersecretary|under-secretary|secretary-general|deputy)\b/i;

/** Words of the office vocabulary that are not titles but name a portfolio: "Minister of Foreign Affairs and International Cooperation". */
export const PORTFOLIO_WORDS_EN = new Set(
  [
    "affairs", "international", "cooperation", "co-operation", "national", "development", "security", "political", "political-security", "social", "economic",
    "economy", "public", "works", "transport", "energy", "industry", "ministry", "council", "senate", "assembly", "office", "of", "and", "the", "for", "at",
    "on", "to", "in", "task", "force", "community", "department", "relations", "strategic", "studies", "centre", "center", "mine", "action", "immigration",
    "consular", "post-2025", "vision", "asean", "cabinet", "government", "parliament", "kingdom", "republic", "commission", "committee",
  ],
);

/** Thai offices, longest first so that "รองอธิบดี" wins over "อธิบดี". */
export const TITLES_TH: readonly (readonly [string, string])[] = [
  ["รองนายกรัฐมนตรี", "Deputy Prime Minister"],
  ["นายกรัฐมนตรี", "Prime Minister"],
  ["รัฐมนตรีช่วยว่าการกระทรวง", "Deputy Minister"],
  ["รัฐมนตรีว่าการกระทรวง", "Minister"],
  ["รัฐมนตรี", "Minister"],
  ["ปลัดกระทรวง", "Permanent Secretary"],
  ["รองปลัดกระทรวง", "Deputy Permanent Secretary"],
  ["รองอธิบดี", "Deputy Director-General"],
  ["อธิบดี", "Director-General"],
  ["รองเลขาธิการ", "Deputy Secretary-General"],
  ["เลขาธิการ", "Secretary-General"],
  ["เอกอัครราชทูต", "Ambassador"],
  ["กงสุลใหญ่", "Consul-General"],
  ["ผู้อำนวยการ", "Director"],
  ["โฆษก", "Spokesperson"],
  ["ประธานาธิบดี", "President"],
  ["ผู้ว่าราชการจังหวัด", "Governor"],
  ["เจ้าหน้าที่อาวุโส", "Senior Official"],
];

/** Khmer offices, longest first. */
export const TITLES_KM: readonly (readonly [string, string])[] = [
  ["ឧបនាយករដ្ឋមន្ត្រី", "Deputy Prime Minister"],
  ["នាយករដ្ឋមន្ត្រី", "Prime Minister"],
  ["ទេសរដ្ឋមន្ត្រី", "Senior Minister"],
  ["រដ្ឋមន្ត្រី", "Minister"],
  ["អនុរដ្ឋលេខាធិការ", "Under Secretary of State"],
  ["រដ្ឋលេខាធិការ", "Secretary of State"],
  ["អគ្គលេខាធិការរង", "Deputy Secretary-General"],
  ["អគ្គលេខាធិការ", "Secretary-General"],
  ["អគ្គនាយករង", "Deputy Director-General"],
  ["អគ្គនាយក", "Director-General"],
  ["ប្រធាននាយកដ្ឋាន", "Director of Department"],
  ["ឯកអគ្គរដ្ឋទូត", "Ambassador"],
  ["អ្នកនាំពាក្យ", "Spokesperson"],
  ["អភិបាលខេត្ត", "Provincial Governor"],
  ["អនុប្រធាន", "Vice President"],
  ["ប្រធាន", "President"],
];

/** Vietnamese and Indonesian offices (Latin script, read like English). */
export const TITLES_LATIN_OTHER: readonly (readonly [string, string])[] = [
  ["Thủ tướng", "Prime Minister"],
  ["Phó Thủ tướng", "Deputy Prime Minister"],
  ["Bộ trưởng", "Minister"],
  ["Thứ trưởng", "Deputy Minister"],
  ["Đại sứ", "Ambassador"],
  ["Tổng Thư ký", "Secretary-General"],
  ["Menteri", "Minister"],
  ["Wakil Menteri", "Deputy Minister"],
  ["Duta Besar", "Ambassador"],
  ["Presiden", "President"],
  ["Sekretaris Jenderal", "Secretary-General"],
  ["Direktur Jenderal", "Director-General"],
];

/** English titles a reader would write with capitals: "deputy director-general" → "Deputy Director-General". */
export function titleCase(title: string): string {
  const small = new Set(["of", "and", "the", "for", "at", "on", "to", "in"]);
  return title
    .split(/\s+/)
    .map((w, i) => (i > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : w.replace(/(^|-)(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase())))
    .join(" ");
}
