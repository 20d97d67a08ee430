// Vietnamese mobile numbers as people write them ("0912 345 678", "+84 912.345.678") → "0912345678".

export function normalizePhone(text: string): string | null {
  let digits = text.replace(/[\s.\-()]/gu, "");
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`;
  else if (/^84\d{9}$/.test(digits)) digits = `0${digits.slice(2)}`;
  if (/^[1-9]\d{8}$/.test(digits)) digits = `0${digits}`;
  return /^0\d{9}$/.test(digits) ? digits : null;
}
