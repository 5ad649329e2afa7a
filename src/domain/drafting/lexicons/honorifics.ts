/**
 * Forms of address that come right before a person's name. A name after one of
 * these is a person even when nothing else says so; the honorific itself is not
 * part of the name.
 */
export const HONORIFICS: Record<string, readonly string[]> = {
  en: ["H.E.", "HE", "His Excellency", "Her Excellency", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Professor", "Sir", "Dame", "Madam", "Samdech", "Lok Chumteav", "Excellency", "Pehin", "Dato'", "Datuk", "Dato", "Tan Sri", "Dato’", "Haji", "Gen.", "Lt. Gen.", "Maj. Gen.", "Adm.", "Col."],
  th: ["นางสาว", "นาง", "นาย", "ดร.", "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "ศ.", "รศ.", "ผศ.", "พลเอก", "พล.อ.", "พลตำรวจเอก", "พล.ต.อ.", "พลเรือเอก", "พล.ร.อ.", "ม.ร.ว.", "ม.ล.", "คุณ"],
  km: ["ឯកឧត្តមបណ្ឌិត", "ឯកឧត្តម", "លោកជំទាវ", "លោកស្រី", "លោក", "ឧកញ៉ា", "សម្តេចតេជោ", "សម្តេច", "បណ្ឌិត", "អ្នកឧកញ៉ា", "កញ្ញា"],
  vi: ["Ông", "Bà", "Ngài", "TS.", "PGS.", "GS."],
  id: ["Bapak", "Pak", "Ibu", "Bu", "Sdr.", "Yang Mulia"],
};

/** Honorifics that are also ordinary words ("លោក" is also "he"), which need a longer name after them to count. */
export const WEAK_HONORIFICS = new Set(["លោក", "HE", "คุณ", "Pak", "Bu", "Ông", "Bà"]);
