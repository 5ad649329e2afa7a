import type { OrganisationKind } from "../../../model/entity-kinds.js";

/**
 * Words that make a name an organisation's, with the kind they suggest. Latin
 * heads are matched as whole words inside a capitalised name ("Ministry of …",
 * "… Mine Action Centre"); Thai and Khmer heads start a run of letters, since
 * those scripts write an organisation's name without spaces ("กระทรวง…", "ក្រសួង…").
 */
export const ORG_HEADS_LATIN: readonly (readonly [RegExp, OrganisationKind])[] = [
  [/\b(?:Ministry|Ministries|Kementerian|Bộ)\b/u, "MINISTRY"],
  [/\b(?:Department|Directorate|Division|Bureau|Cục|Vụ|Direktorat)\b/u, "DEPARTMENT"],
  [/\b(?:Secretariat|Task Force|Working Group|Senior Officials’? Meeting|Ministers’? Meeting)\b/u, "ASEAN_BODY"],
  [/\b(?:Institute|Studies|Research|University|Academy|Think Tank)\b/u, "RESEARCH_CENTRE"],
  [/\b(?:Centre|Center|Agency)\b/u, "CENTRE"],
  [/\b(?:United Nations|Nations|Organisation|Organization|Union|Bank|Fund|Programme|Program|Forum|Association)\b/u, "INTERNATIONAL_ORGANISATION"],
  [/\b(?:Post|Times|News|Press|Television|Radio|Herald|Tribune|Journal|Gazette|Daily)\b/u, "MEDIA"],
  [
    /\b(?:Senate|Parliament|Assembly|Council|Commission|Committee|Cabinet|Government|Office|Authority|Court|Police|Army|Navy|Forces|Party|Junta|Embassy|Consulate|Mission)\b/u,
    "GOVERNMENT_BODY",
  ],
];

export const ORG_HEADS_TH: readonly (readonly [string, OrganisationKind])[] = [
  ["กระทรวง", "MINISTRY"],
  ["กรม", "DEPARTMENT"],
  ["สำนักงาน", "GOVERNMENT_BODY"],
  ["สำนัก", "GOVERNMENT_BODY"],
  ["คณะกรรมการ", "GOVERNMENT_BODY"],
  ["คณะกรรมาธิการ", "GOVERNMENT_BODY"],
  ["ศูนย์", "CENTRE"],
  ["สถาบัน", "RESEARCH_CENTRE"],
  ["มหาวิทยาลัย", "RESEARCH_CENTRE"],
  ["องค์การ", "INTERNATIONAL_ORGANISATION"],
  ["สหประชาชาติ", "INTERNATIONAL_ORGANISATION"],
  ["ธนาคาร", "INTERNATIONAL_ORGANISATION"],
  ["วุฒิสภา", "GOVERNMENT_BODY"],
  ["สภา", "GOVERNMENT_BODY"],
  ["ประชาคม", "ASEAN_BODY"],
  ["สถานเอกอัครราชทูต", "GOVERNMENT_BODY"],
];

export const ORG_HEADS_KM: readonly (readonly [string, OrganisationKind])[] = [
  ["ក្រសួង", "MINISTRY"],
  ["អគ្គនាយកដ្ឋាន", "DEPARTMENT"],
  ["នាយកដ្ឋាន", "DEPARTMENT"],
  ["អគ្គលេខាធិការដ្ឋាន", "ASEAN_BODY"],
  ["លេខាធិការដ្ឋាន", "ASEAN_BODY"],
  ["គណៈកម្មាធិការ", "GOVERNMENT_BODY"],
  ["គណៈកម្មការ", "GOVERNMENT_BODY"],
  ["ទីស្តីការគណៈរដ្ឋមន្ត្រី", "GOVERNMENT_BODY"],
  ["មជ្ឈមណ្ឌល", "CENTRE"],
  ["វិទ្យាស្ថាន", "RESEARCH_CENTRE"],
  ["សាកលវិទ្យាល័យ", "RESEARCH_CENTRE"],
  ["ព្រឹទ្ធសភា", "GOVERNMENT_BODY"],
  ["រដ្ឋសភា", "GOVERNMENT_BODY"],
  ["អង្គការ", "INTERNATIONAL_ORGANISATION"],
  ["ស្ថានទូត", "GOVERNMENT_BODY"],
  ["សហគមន៍", "ASEAN_BODY"],
];

/** The kind an organisation's name suggests, or OTHER. */
export function organisationKindOf(name: string): OrganisationKind {
  for (const [re, kind] of ORG_HEADS_LATIN) if (re.test(name)) return /^ASEAN\b/.test(name) && kind !== "MINISTRY" ? "ASEAN_BODY" : kind;
  for (const [head, kind] of [...ORG_HEADS_TH, ...ORG_HEADS_KM]) if (name.startsWith(head)) return kind;
  return /^ASEAN\b/.test(name) ? "ASEAN_BODY" : "OTHER";
}
