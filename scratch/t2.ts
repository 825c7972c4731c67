import { windows1258 } from "../test/formats/text-twins";
const b = windows1258("Nguyễn Thị Hường, Đặng Ổn");
console.log(new TextDecoder("windows-1258").decode(b).normalize("NFC"), b.length);
