/** English ordinals as articles write them before a meeting's series: 1st, 2nd, 3rd, 11th, 16th, 22nd. */
export function ordinalWord(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
