import { countryNames, englishCountryName } from "./countries.js";

/**
 * Matters that diplomatic meetings commonly take up, with the words that name
 * each in the languages the drafter reads. The first name is the topic's
 * primary (English) name. Forms are matched whole-word and without regard to
 * case; bare words ("trade", "security") are left out because alone they name
 * no particular matter.
 */
export interface TopicEntry {
  name: string;
  forms: readonly string[];
}

export const TOPICS: readonly TopicEntry[] = [
  {
    name: "Maritime security",
    forms: ["maritime security", "security at sea", "ความมั่นคงทางทะเล", "សន្តិសុខដែនសមុទ្រ", "សន្តិសុខសមុទ្រ", "an ninh hàng hải", "an ninh biển", "keamanan maritim", "keamanan laut"],
  },
  {
    name: "South China Sea disputes",
    forms: [
      "South China Sea dispute",
      "South China Sea disputes",
      "South China Sea issue",
      "disputes in the South China Sea",
      "situation in the South China Sea",
      "ปัญหาทะเลจีนใต้",
      "ข้อพิพาททะเลจีนใต้",
      "បញ្ហាសមុទ្រចិនខាងត្បូង",
      "vấn đề Biển Đông",
      "tranh chấp Biển Đông",
      "tình hình Biển Đông",
      "sengketa Laut China Selatan",
      "sengketa Laut Cina Selatan",
      "isu Laut China Selatan",
      "isu Laut Cina Selatan",
    ],
  },
  {
    name: "Border demarcation",
    forms: [
      "border demarcation",
      "boundary demarcation",
      "demarcation of the border",
      "border issues",
      "border issue",
      "border disputes",
      "border dispute",
      "การปักปันเขตแดน",
      "ปัญหาเขตแดน",
      "ข้อพิพาทเขตแดน",
      "ការបោះបង្គោលព្រំដែន",
      "ការខណ្ឌសីមាព្រំដែន",
      "បញ្ហាព្រំដែន",
      "phân giới cắm mốc",
      "vấn đề biên giới",
      "tranh chấp biên giới",
      "demarkasi perbatasan",
      "masalah perbatasan",
      "sengketa perbatasan",
    ],
  },
  {
    name: "Climate change",
    forms: ["climate change", "การเปลี่ยนแปลงสภาพภูมิอากาศ", "ការប្រែប្រួលអាកាសធាតុ", "biến đổi khí hậu", "perubahan iklim"],
  },
  {
    name: "Counter-terrorism",
    forms: [
      "counter-terrorism",
      "counterterrorism",
      "combating terrorism",
      "fight against terrorism",
      "การต่อต้านการก่อการร้าย",
      "ការប្រឆាំងអំពើភេរវកម្ម",
      "chống khủng bố",
      "kontra-terorisme",
      "pemberantasan terorisme",
      "penanggulangan terorisme",
    ],
  },
  {
    name: "Transnational crime",
    forms: [
      "transnational crime",
      "transnational crimes",
      "transnational organised crime",
      "transnational organized crime",
      "อาชญากรรมข้ามชาติ",
      "ឧក្រិដ្ឋកម្មឆ្លងដែន",
      "ឧក្រិដ្ឋកម្មឆ្លងជាតិ",
      "tội phạm xuyên quốc gia",
      "kejahatan lintas negara",
      "kejahatan transnasional",
    ],
  },
  {
    name: "Trade and investment",
    forms: ["trade and investment", "การค้าและการลงทุน", "ពាណិជ្ជកម្ម និងវិនិយោគ", "ពាណិជ្ជកម្មនិងវិនិយោគ", "thương mại và đầu tư", "perdagangan dan investasi"],
  },
  {
    name: "Disaster preparedness and response",
    forms: [
      "disaster preparedness and response",
      "disaster preparedness",
      "disaster management",
      "disaster response",
      "disaster relief",
      "disaster risk reduction",
      "การจัดการภัยพิบัติ",
      "การรับมือภัยพิบัติ",
      "ការគ្រប់គ្រងគ្រោះមហន្តរាយ",
      "quản lý thiên tai",
      "ứng phó thiên tai",
      "phòng chống thiên tai",
      "penanggulangan bencana",
      "kesiapsiagaan bencana",
      "manajemen bencana",
    ],
  },
  {
    name: "Trafficking in persons",
    forms: ["trafficking in persons", "human trafficking", "การค้ามนุษย์", "ការជួញដូរមនុស្ស", "mua bán người", "perdagangan orang"],
  },
  {
    name: "Drug trafficking",
    forms: ["drug trafficking", "illicit drugs", "narcotics trafficking", "การค้ายาเสพติด", "ការជួញដូរគ្រឿងញៀន", "buôn bán ma túy", "perdagangan narkoba"],
  },
  {
    name: "Cybersecurity",
    forms: ["cybersecurity", "cyber security", "ความมั่นคงปลอดภัยไซเบอร์", "សន្តិសុខសាយប័រ", "an ninh mạng", "keamanan siber"],
  },
  {
    name: "Food security",
    forms: ["food security", "ความมั่นคงทางอาหาร", "សន្តិសុខស្បៀង", "an ninh lương thực", "ketahanan pangan"],
  },
  {
    name: "Energy security",
    forms: ["energy security", "ความมั่นคงทางพลังงาน", "សន្តិសុខថាមពល", "an ninh năng lượng", "ketahanan energi"],
  },
];

/** Every form with its topic, longest first, folded to lower case. */
export function topicForms(): readonly (readonly [string, TopicEntry])[] {
  return (cache ??= TOPICS.flatMap((t) => t.forms.map((f) => [f.toLowerCase(), t] as const)).sort((a, b) => b[0].length - a[0].length));
}
let cache: (readonly [string, TopicEntry])[] | undefined;

/**
 * The words before a country that make it a crisis there: "the political crisis
 * in Myanmar", "khủng hoảng ở Myanmar", "krisis politik di Myanmar",
 * "วิกฤตการณ์ทางการเมืองในเมียนมา", "វិបត្តិនយោបាយនៅមីយ៉ាន់ម៉ា".
 */
const CRISIS_BEFORE =
  /(?:\b(?:political |humanitarian )?crisis in (?:the )?|\bkhủng hoảng (?:chính trị )?(?:ở|tại) |\bkrisis (?:politik )?(?:di )?|วิกฤต(?:การณ์)?(?:ทางการเมือง)?(?:ใน)?(?:ประเทศ)?\s?|វិបត្តិ(?:នយោបាយ)?(?:នៅ)?(?:ក្នុង)?(?:ប្រទេស)?\s?)$/iu;
/** The word after a country that makes it a crisis there: "the Myanmar crisis". */
const CRISIS_AFTER = /^ (?:political )?crisis\b/iu;

/** A crisis in a named country, as a topic: "Political crisis in Myanmar". Offsets in `text`. */
export function countryCrises(text: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const c of countryNames()) {
    if (c.demonym) continue;
    for (let i = text.indexOf(c.name); i >= 0; i = text.indexOf(c.name, i + 1)) {
      const end = i + c.name.length;
      const name = `Political crisis in ${englishCountryName(c.iso3)}`;
      const pre = CRISIS_BEFORE.exec(text.slice(Math.max(0, i - 40), i));
      if (pre) out.push({ start: i - pre[0].length, end, name });
      const post = CRISIS_AFTER.exec(text.slice(end, end + 30));
      if (post) out.push({ start: i, end: end + post[0].length, name });
    }
  }
  return out;
}
