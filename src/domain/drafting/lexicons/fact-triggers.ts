import type { DiscussionMode } from "../../../model/fact-types.js";

/**
 * The words that state each kind of fact, per language. A rule pairs a trigger
 * with the entities around it in the same sentence; the trigger is the reason
 * given to the editor.
 */
export interface Triggers {
  led: RegExp;
  attended: RegExp;
  spoke: RegExp;
  /** Speech words that a reporter uses of anyone quoted ("said", "told"), which alone do not place a speaker at the meeting. */
  hearsay: RegExp;
  chaired: RegExp;
  chairedBy: RegExp;
  hosted: RegExp;
  drafted: RegExp;
  /** An actor upholds, works towards or implements a framework. */
  supports: RegExp;
  /** An actor adopted, endorsed, signed or reaffirmed a framework. */
  adopted: RegExp;
  withdrew: RegExp;
  /** Two actors named together work together: "Thailand and Cambodia are working on …". */
  cooperates: RegExp;
  /** Working with a partner named right after the words: "coordinate with the United Nations", "ร่วมมือกับ…". */
  cooperatesWith: RegExp;
  /** One of a body's other members, which the actor nearby is then one of too: "with other ASEAN member states". Group 1 or 2 names the body. */
  otherMembers: RegExp;
  /** The words between a country and a body it chairs: "Laos, the ASEAN Chair", "Cambodia’s role as ASEAN chair", "ไทยในฐานะประธานอาเซียน". */
  chairBefore: RegExp;
  /** The words after the body, when the office follows its name: "ASEAN Chair", "ADMM chair". */
  chairAfter: RegExp;
  discussed: readonly (readonly [RegExp, DiscussionMode])[];
  /** Words opening a sentence before an earlier meeting, so the sentence's other meeting follows it: "Following the …", "Sau …". */
  followingOpening: RegExp;
  /** The words between a framework and a larger one it is part of: ", a core component of the", "là một bộ phận của". */
  partOf: RegExp;
  /** Words right before a topic that make it the matter taken up: "address the", "resolving", "the importance of", "vấn đề", "ประเด็น". */
  topicCue: RegExp;
  /** Words right before a place that say people met there: "counterparts meet in", "họp tại". */
  metIn: RegExp;
  /** Words before a place that say where: "in", "at", "ณ", "នៅ". */
  placeMarker: RegExp;
  /** Words between an office and its organisation: "at", "of". */
  officeLink: RegExp;
}

const EN: Triggers = {
  led: /\b(?:led|leads|leading|headed|heads|heading)\b[^.;]{0,60}?\bdelegations?\b|\bhead(?:ed)? (?:of )?(?:the |a )?[\p{L}’']*\s*delegation\b/iu,
  attended:
    /\b(?:attended|attends|attending|participated in|participates in|participating in|took part in|takes part in|joined|was present at|were present at|sen(?:t|ds|ding) (?:a |an |its |their )?(?:representatives?|delegations?|envoys?|delegates?|officials?) to)\b/iu,
  spoke:
    /\b(?:said|says|spoke|speaking|stressed|highlighted|delivered|addressed|remarked|noted|emphasi[sz]ed|underlined|told|reiterated|provided insights|shared|contributed|presented|expressed)\b/iu,
  hearsay: /^(?:said|says|told|noted|stressed|emphasi[sz]ed|highlighted|reiterated|expressed)$/iu,
  chaired: /\b(?:chaired|chairs|chairing|co-chaired|presided over|presides over)\b/iu,
  chairedBy: /\b(?:chaired by|presided over by|under the chairmanship of)\b/iu,
  hosted: /\b(?:hosted|hosts|hosting|host)\b/iu,
  drafted: /\b(?:drafted|drafting|co-drafted|draw up|drew up)\b/iu,
  supports:
    /\b(?:support(?:s|ed|ing)?|uph(?:old|olds|olding|eld)|adher(?:e|es|ed|ing) to|committed to|in line with|in accordance with|reali[sz]ation of|implement(?:s|ed|ing|ation of)?|work(?:s|ing)? towards)\b/iu,
  adopted: /\b(?:adopted|adopts|endorsed|endorses|reaffirmed|reaffirms|ratified|signed|exchanged letters of confirmation on)\b/iu,
  withdrew: /\b(?:withdr(?:ew|awn|awing|aws)|pulled out) (?:from|of)\b/iu,
  cooperates: /\b(?:cooperat(?:e|es|ed|ing|ion)|co-operat\w*|collaborat(?:e|es|ed|ing|ion)|work(?:s|ed|ing)? (?:together|jointly|on)|jointly|partner(?:s|ed|ing)?)\b/iu,
  cooperatesWith: /\b(?:cooperat\w*|co-operat\w*|collaborat\w*|coordinat\w*|partner(?:s|ed|ing)?|work(?:s|ed|ing)? (?:together|jointly|closely))\s+with\s+(?:the\s+)?/giu,
  otherMembers:
    /\b(?:other|fellow)\s+(\p{Lu}[\p{L}-]+)\s+(?:member states|member countries|members|representatives|partners)\b|\b(?:other|fellow)\s+(?:member states|member countries|members)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u,
  chairBefore:
    /^(?:[’']s\s+(?:role|position|term|year)\s+as|,?\s+(?:as|the|is the|was the|will be the|has been the|became the|becomes the|took over as|takes over as|as the|,\s*the))\s+(?:the\s+)?(?:current\s+|incoming\s+|outgoing\s+|rotating\s+)?$|^\s+(?:chairs|chaired|will chair|is chairing|assumed the chairmanship of|holds the chairmanship of|took over the chairmanship of)\s+(?:the\s+)?$/u,
  chairAfter: /^\s+(?:Chair|chair|Chairman|chairman)\b(?!\s+of\b)/u,
  discussed: [
    [/\b(?:review(?:ed|ing)?|assess(?:ed|ing)?|evaluat(?:ed|ing)|took stock|progress (?:of|in|on))\b/iu, "REVIEWED"],
    [/\b(?:formulat(?:ed|ing|e)|draft(?:ed|ing)?|develop(?:ed|ing)?|elaborat(?:ed|ing))\b/iu, "FORMULATED"],
    [/\b(?:discuss(?:ed|ing|ion|ions)?|deliberat(?:ed|ions?)|exchanged views|talks? on|consult(?:ed|ation))\b/iu, "DISCUSSED"],
  ],
  topicCue:
    /\b(?:discuss(?:ed|es|ing|ions? (?:on|of))?|exchang(?:ed|ing) views on|views on|talks on|review(?:ed|ing)?|address(?:ed|es|ing)?|resolv(?:e|ed|es|ing)|tackl(?:e|ed|es|ing)|combat(?:ed|ing|ting)?|counter(?:ing)?|insights? into|importance of|cooperation (?:on|in)|focus(?:ed|ing)? on|issues? of|matters? of|regarding|concerning)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu,
  followingOpening: /^\s*(?:following|after|on the sidelines of|at the close of)\s+(?:the\s+)?$/iu,
  partOf:
    /^\s*(?:\([^()]{1,20}\))?\s*,\s*(?:which is\s+)?(?:a|an|the|one of the)\s+(?:[\p{L}-]+\s+){0,2}?(?:component|part|pillar|element|building block|cornerstone)s?\s+of\s+(?:the\s+)?$/iu,
  metIn: /\b(?:meet|meets|met|gather|gathers|gathered|convene|convenes|convened)\s+(?:in|at)\s+(?:the\s+)?$/iu,
  placeMarker: /\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:(?:city|province|town|capital|village|district)\s+of\s+)?$/iu,
  officeLink: /^\s*(?:at|of|in|with)\s+(?:the\s+)?$/iu,
};

const TH: Triggers = {
  led: /เป็นหัวหน้าคณะผู้แทน|นำคณะผู้แทน|หัวหน้าคณะ/u,
  attended: /เข้าร่วม/u,
  spoke: /กล่าว|แถลง|ให้สัมภาษณ์/u,
  hearsay: /^(?:กล่าว|ให้สัมภาษณ์)$/u,
  chaired: /เป็นประธาน/u,
  chairedBy: /โดยมี.{0,80}?เป็นประธาน/u,
  hosted: /เป็นเจ้าภาพ|เจ้าภาพ/u,
  drafted: /ยกร่าง|จัดทำร่าง|การพัฒนา|พัฒนา/u,
  supports: /สนับสนุน|ยึดมั่น|ดำเนินการตาม|ปฏิบัติตาม/u,
  adopted: /รับรอง|ลงนาม|ให้สัตยาบัน/u,
  withdrew: /ถอนตัวจาก/u,
  cooperates: /ร่วมมือ|ความร่วมมือ/u,
  cooperatesWith: /(?:ร่วมมือ|ประสานงาน)กับ\s?/gu,
  otherMembers: /ประเทศสมาชิก(อาเซียน)(?:อื่น|ประเทศอื่น)/u,
  chairBefore: /^\s*(?:ซึ่ง)?(?:ใน)?(?:ฐานะ)?(?:เป็น|ทำหน้าที่)?ประธาน$/u,
  chairAfter: /^(?!)/u,
  discussed: [
    [/ติดตามความคืบหน้า|ทบทวน|ประเมิน/u, "REVIEWED"],
    [/ยกร่าง|จัดทำ|พัฒนา/u, "FORMULATED"],
    [/หารือ|รับทราบ|แลกเปลี่ยนความเห็น|พิจารณา/u, "DISCUSSED"],
  ],
  topicCue: /(?:หารือ(?:เกี่ยวกับ|เรื่อง)?|ประเด็น|แลกเปลี่ยนความเห็น(?:เกี่ยวกับ|ใน)?|ความร่วมมือ(?:ด้าน)?|แก้ไข(?:ปัญหา)?|รับมือ(?:กับ)?|ต่อต้าน|ทบทวน)\s*$/u,
  followingOpening: /^\s*(?:ภายหลัง(?:จาก)?|หลังจาก|หลัง)\s*(?:การประชุม)?\s*$/u,
  partOf: /^\s*(?:\([^()]{1,20}\))?\s*(?:ซึ่ง)?(?:เป็น)?(?:ส่วนหนึ่ง|องค์ประกอบ(?:หลัก|สำคัญ)?)ของ\s*$/u,
  metIn: /(?:ประชุม|พบหารือ)(?:กัน)?\s*(?:ที่|ณ)\s*$/u,
  placeMarker: /(?:ณ|ที่|ใน)\s*$/u,
  officeLink: /^\s*$/u,
};

const KM: Triggers = {
  led: /ដឹកនាំគណៈប្រតិភូ|ជាប្រធានគណៈប្រតិភូ/u,
  attended: /ចូលរួម/u,
  spoke: /ថ្លែង|មានប្រសាសន៍|បានលើកឡើង/u,
  hearsay: /^(?:មានប្រសាសន៍|បានលើកឡើង)$/u,
  chaired: /ធ្វើជាប្រធាន|អធិបតី|ជាអធិបតី/u,
  chairedBy: /ក្រោមអធិបតីភាព|ក្រោមការដឹកនាំ/u,
  hosted: /ម្ចាស់ផ្ទះ/u,
  drafted: /តាក់តែង|រៀបចំសេចក្តីព្រាង|ព្រាង/u,
  supports: /គាំទ្រ|ប្រកាន់ខ្ជាប់|អនុវត្ត/u,
  adopted: /អនុម័ត|ចុះហត្ថលេខា|ផ្តល់សច្ចាប័ន/u,
  withdrew: /ដកខ្លួនចេញពី/u,
  cooperates: /សហការ|កិច្ចសហប្រតិបត្តិការ/u,
  cooperatesWith: /(?:សហការ|សហប្រតិបត្តិការ)ជាមួយ(?:នឹង)?\s?/gu,
  otherMembers: /ប្រទេសសមាជិក(អាស៊ាន)(?:ដទៃ|ផ្សេងទៀត)/u,
  chairBefore: /^\s*(?:ក្នុង)?(?:នាម|ឋានៈ)?(?:ជា)?(?:ប្រទេស)?ប្រធាន$/u,
  chairAfter: /^(?!)/u,
  discussed: [
    [/ពិនិត្យ|វាយតម្លៃ|តាមដានវឌ្ឍនភាព/u, "REVIEWED"],
    [/តាក់តែង|រៀបចំ/u, "FORMULATED"],
    [/ពិភាក្សា|ផ្លាស់ប្តូរទស្សនៈ/u, "DISCUSSED"],
  ],
  topicCue: /(?:ពិភាក្សា(?:អំពី|លើ)?|ដោះស្រាយ|កិច្ចសហប្រតិបត្តិការ(?:លើ|ផ្នែក)?|ផ្លាស់ប្តូរទស្សនៈ(?:លើ|អំពី)?|ប្រឆាំង(?:នឹង)?)\s*$/u,
  followingOpening: /^\s*(?:បន្ទាប់ពី)\s*(?:កិច្ចប្រជុំ)?\s*$/u,
  partOf: /^\s*(?:\([^()]{1,20}\))?\s*(?:ដែល)?(?:ជា)?(?:ផ្នែក|សមាសភាគ)(?:មួយ)?(?:ដ៏សំខាន់)?នៃ\s*$/u,
  metIn: /(?:ជួបជុំ|ប្រជុំ)(?:គ្នា)?\s*(?:នៅ|នា)\s*$/u,
  placeMarker: /(?:នៅ|នា)\s*$/u,
  officeLink: /^\s*(?:នៃ|នៅ)?\s*$/u,
};

const VI: Triggers = {
  ...EN,
  led: /dẫn đầu đoàn|trưởng đoàn/iu,
  attended: /tham dự|tham gia/iu,
  spoke: /phát biểu|cho biết|nhấn mạnh/iu,
  hearsay: /^(?:cho biết|nhấn mạnh)$/iu,
  chaired: /chủ trì/iu,
  chairedBy: /do .{0,60} chủ trì/iu,
  hosted: /đăng cai|chủ nhà/iu,
  supports: /ủng hộ|thực hiện/iu,
  adopted: /thông qua|ký kết/iu,
  cooperates: /hợp tác/iu,
  cooperatesWith: /(?:hợp tác|phối hợp) với\s+/giu,
  otherMembers: /các (?:nước|quốc gia) thành viên (ASEAN) khác/u,
  chairBefore: /^\s*,?\s*(?:với tư cách là\s+|là\s+)?(?:nước\s+)?Chủ tịch\s+$/u,
  chairAfter: /^(?!)/u,
  topicCue: /(?:thảo luận(?: về)?|trao đổi(?: về)?|vấn đề|giải quyết|hợp tác(?: về| trong)?|ứng phó(?: với)?|chống)\s+$/iu,
  followingOpening: /^\s*(?:sau|tiếp theo)\s+(?:khi\s+)?$/iu,
  partOf: /^\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:là\s+)?(?:một\s+)?(?:bộ phận|thành phần|trụ cột)(?: cốt lõi| quan trọng)?\s+của\s+$/iu,
  metIn: /(?:họp|nhóm họp|gặp nhau)\s+(?:tại|ở)\s+$/iu,
  placeMarker: /\b(?:tại|ở)\s+$/iu,
  officeLink: /^\s*(?:của|tại)?\s*$/iu,
};

const ID: Triggers = {
  ...EN,
  led: /memimpin delegasi|ketua delegasi/iu,
  attended: /menghadiri|berpartisipasi|hadir/iu,
  spoke: /mengatakan|menyampaikan|menegaskan|berbicara/iu,
  hearsay: /^(?:mengatakan|menegaskan)$/iu,
  chaired: /memimpin|mengetuai/iu,
  chairedBy: /dipimpin oleh|diketuai oleh/iu,
  hosted: /tuan rumah/iu,
  supports: /mendukung|melaksanakan/iu,
  adopted: /mengesahkan|menandatangani/iu,
  cooperates: /bekerja sama|kerja sama/iu,
  cooperatesWith: /(?:bekerja sama|berkoordinasi|bermitra) dengan\s+/giu,
  otherMembers: /negara anggota (ASEAN) lain(?:nya)?/u,
  chairBefore: /^\s*,?\s*(?:sebagai\s+|selaku\s+)?Ketua\s+$/u,
  chairAfter: /^(?!)/u,
  topicCue: /(?:membahas|pembahasan|mengatasi|menangani|isu|masalah|kerja sama(?: di bidang)?|mengenai|tentang|memerangi)\s+$/iu,
  followingOpening: /^\s*(?:setelah|usai|menyusul|seusai)\s+$/iu,
  partOf: /^\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:yang merupakan\s+)?(?:bagian|komponen|pilar)(?: inti| penting| utama)?(?: dari)?\s+$/iu,
  metIn: /(?:bertemu|berkumpul|bersidang)\s+di\s+$/iu,
  placeMarker: /\b(?:di)\s+$/iu,
  officeLink: /^\s*(?:di|dari)?\s*$/iu,
};

const BY_LANGUAGE: Record<string, Triggers> = { en: EN, th: TH, km: KM, vi: VI, id: ID };

/** The triggers for a sentence: by its script when that is Thai or Khmer, else by the article's language (English by default). */
export function triggersFor(lang: string, sentence: string): Triggers[] {
  const base = BY_LANGUAGE[lang.toLowerCase().split(/[-_]/)[0]!] ?? EN;
  const out = [base];
  if (/[\u0E00-\u0E7F]/u.test(sentence) && base !== TH) out.push(TH);
  if (/[\u1780-\u17FF]/u.test(sentence) && base !== KM) out.push(KM);
  if (/[A-Za-z]{3,}/.test(sentence) && base !== EN) out.push(EN);
  return out;
}
