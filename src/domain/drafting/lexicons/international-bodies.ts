import type { OrganisationKind } from "../../../model/entity-kinds.js";

/**
 * International bodies every article about the region may name, in the
 * languages the drafter reads, so that a first article on an empty graph still
 * finds them. Each entry's first name is its primary name.
 */
export const INTERNATIONAL_BODIES: readonly { names: readonly string[]; acronym?: string; orgKind: OrganisationKind; members?: readonly string[] }[] = [
  {
    names: ["ASEAN", "Association of Southeast Asian Nations", "อาเซียน", "សមាគមប្រជាជាតិអាស៊ីអាគ្នេយ៍", "អាស៊ាន", "Hiệp hội các quốc gia Đông Nam Á"],
    orgKind: "INTERNATIONAL_ORGANISATION",
    // Member states (ISO alpha-3); Timor-Leste joined in October 2025.
    members: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"],
  },
  { names: ["ASEAN Secretariat", "สำนักเลขาธิการอาเซียน", "สำนักงานเลขาธิการอาเซียน", "លេខាធិការដ្ឋានអាស៊ាន", "Sekretariat ASEAN"], orgKind: "ASEAN_BODY" },
  { names: ["United Nations", "สหประชาชาติ", "អង្គការសហប្រជាជាតិ", "Liên Hợp Quốc", "Perserikatan Bangsa-Bangsa"], acronym: "UN", orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["European Union", "สหภาพยุโรป", "សហភាពអឺរ៉ុប"], acronym: "EU", orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["World Bank", "ธนาคารโลก", "ធនាគារពិភពលោក"], orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["Asian Development Bank", "ธนาคารพัฒนาเอเชีย", "ធនាគារអភិវឌ្ឍន៍អាស៊ី"], acronym: "ADB", orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["International Monetary Fund"], acronym: "IMF", orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["World Trade Organization", "World Trade Organisation"], acronym: "WTO", orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["World Health Organization", "World Health Organisation", "องค์การอนามัยโลก"], acronym: "WHO", orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["Asia-Pacific Economic Cooperation"], acronym: "APEC", orgKind: "INTERNATIONAL_ORGANISATION" },
  { names: ["Mekong River Commission", "คณะกรรมาธิการแม่น้ำโขง"], acronym: "MRC", orgKind: "INTERNATIONAL_ORGANISATION" },
];
