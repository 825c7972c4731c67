import { readWorkbookSheets } from "../src/workbook";
const enc = new TextEncoder();
async function show(name: string, bytes: Uint8Array) {
  try {
    const sheets = await readWorkbookSheets(bytes, name);
    console.log(name, JSON.stringify(sheets.map((s) => ({ n: s.name, v: s.values, m: s.merges, o: [s.originRow, s.originCol] }))));
  } catch (e) { console.log(name, "ERR", (e as Error).message); }
}
(async () => {
  await show("a.xls", enc.encode(`<html><body><table><tr><td colspan=3>DANH SÁCH</td></tr><tr><td>STT</td><td>Họ và tên</td><td>Ngày sinh</td></tr><tr><td>1</td><td>Lê Thị Hường</td><td>05/03/1980</td></tr></table></body></html>`));
  await show("a.xlsx", enc.encode(`<html><body><table><tr><td>STT</td></tr></table></body></html>`));
  await show("ds.csv", enc.encode("STT;Họ và tên;Ngày sinh\r\n1;Nguyễn Văn Hường;05/03/1980\r\n"));
  const u16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([..."STT\tHọ và tên\r\n1\tTrần Văn Ổn\r\n"].map((c) => c.charCodeAt(0))).buffer)]);
  await show("ds.txt", u16);
  await show("ds1258.csv", Uint8Array.from([0x53,0x54,0x54,0x2c,0x48,0xf4,0xec,0x6e,0x67,0x0a,0x31,0x2c,0x41]));
  await show("x.xml", enc.encode(`<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="DS"><Table><Row><Cell><Data ss:Type="String">Họ và tên</Data></Cell><Cell><Data ss:Type="Number">1980</Data></Cell></Row></Table></Worksheet></Workbook>`));
  await show("note.txt", enc.encode("just some words\nno table"));
})();
