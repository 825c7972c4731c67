/** Gender as clerks write it → "nam" | "nu"; anything else keeps the clerk's text. */
import { foldText } from "./text";

const MALE = new Set(["nam", "m", "male", "trai", "ong"]);
const FEMALE = new Set(["nu", "f", "female", "gai", "ba"]);

export function normaliseGender(text: string): string {
  const key = foldText(text).replace(/[.\s]+$/, "");
  if (MALE.has(key)) return "nam";
  if (FEMALE.has(key)) return "nu";
  return text;
}
