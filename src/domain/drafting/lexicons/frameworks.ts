import type { FrameworkKind } from "../../../model/entity-kinds.js";

/**
 * Words that make a name a framework's (a vision, blueprint, plan, charter …),
 * with the kind they suggest. In English the head usually ends the name, maybe
 * followed by a year ("ASEAN Community Vision 2045"), or starts it ("Charter of …").
 */
export const FRAMEWORK_HEADS_LATIN: readonly (readonly [RegExp, FrameworkKind])[] = [
  [/\bVisions?\b/u, "VISION"],
  [/\bBlueprints?\b/u, "BLUEPRINT"],
  [/\b(?:Strategic Plan|Work Plan|Action Plan|Master Plan|Plan of Action|Roadmap|Strategy|Plan)\b/u, "STRATEGIC_PLAN"],
  [/\bConsensus\b/u, "CONSENSUS"],
  [/\bOutlook\b/u, "OUTLOOK"],
  [/\bCharter\b/u, "CHARTER"],
  [/\bConstitution\b/u, "CONSTITUTION"],
  [/\b(?:Agreement|Treaty|Convention|Protocol|Accord|Memorandum of Understanding|Declaration|Code of Conduct)\b/u, "AGREEMENT"],
  [/\b(?:Policy|Doctrine|Agenda|Initiative|Framework)\b/u, "POLICY"],
];

export const FRAMEWORK_HEADS_TH: readonly (readonly [string, FrameworkKind])[] = [
  ["วิสัยทัศน์", "VISION"],
  ["แผนแม่บท", "BLUEPRINT"],
  ["แผนยุทธศาสตร์", "STRATEGIC_PLAN"],
  ["แผนปฏิบัติการ", "STRATEGIC_PLAN"],
  ["แผนงาน", "BLUEPRINT"],
  ["ฉันทามติ", "CONSENSUS"],
  ["กฎบัตร", "CHARTER"],
  ["รัฐธรรมนูญ", "CONSTITUTION"],
  ["ปฏิญญา", "AGREEMENT"],
  ["ความตกลง", "AGREEMENT"],
  ["สนธิสัญญา", "AGREEMENT"],
  ["อนุสัญญา", "AGREEMENT"],
  ["ยุทธศาสตร์", "STRATEGIC_PLAN"],
  ["มุมมอง", "OUTLOOK"],
];

export const FRAMEWORK_HEADS_KM: readonly (readonly [string, FrameworkKind])[] = [
  ["ចក្ខុវិស័យ", "VISION"],
  ["ប្លង់មេ", "BLUEPRINT"],
  ["ផែនការយុទ្ធសាស្ត្រ", "STRATEGIC_PLAN"],
  ["ផែនការសកម្មភាព", "STRATEGIC_PLAN"],
  ["ផែនការមេ", "BLUEPRINT"],
  ["ផែនទីបង្ហាញផ្លូវ", "STRATEGIC_PLAN"],
  ["ផែនការ", "STRATEGIC_PLAN"],
  ["យុទ្ធសាស្ត្រ", "STRATEGIC_PLAN"],
  ["ធម្មនុញ្ញ", "CHARTER"],
  ["រដ្ឋធម្មនុញ្ញ", "CONSTITUTION"],
  ["កិច្ចព្រមព្រៀង", "AGREEMENT"],
  ["សន្ធិសញ្ញា", "AGREEMENT"],
  ["សេចក្តីប្រកាស", "AGREEMENT"],
  ["ឯកឆន្ទ", "CONSENSUS"],
  ["ទស្សនវិស័យ", "OUTLOOK"],
];

export function frameworkKindOf(name: string): FrameworkKind | undefined {
  for (const [re, kind] of FRAMEWORK_HEADS_LATIN) if (re.test(name)) return kind;
  for (const [head, kind] of [...FRAMEWORK_HEADS_TH, ...FRAMEWORK_HEADS_KM]) if (name.startsWith(head)) return kind;
  return undefined;
}
