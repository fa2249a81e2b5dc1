// Numbers written as fixed-width digits, for dates and times in machine formats ("2024-12-06", "20241206T000000Z")
// and for display ("03", "3:05").

/** At least two digits: 7 → "07". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** The calendar date "YYYY-MM-DD" from its parts (month 1–12). */
export const isoDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
